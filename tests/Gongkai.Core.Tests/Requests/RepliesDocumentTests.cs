using System.Text;
using Gongkai.Letters;
using Gongkai.Requests;

namespace Gongkai.Core.Tests.Requests;

/// <summary>
/// docs/replies.md shows reviewers the one table the letters are generated from; it is written from <see cref="Outcomes"/>
/// and this test fails when the two differ (run with GONGKAI_WRITE_DOCS=1 to rewrite it).
/// </summary>
public class RepliesDocumentTests
{
    private static string Generated()
    {
        var text = new StringBuilder();
        text.AppendLine("# Replies: each outcome, its legal basis, its wording and its remedies");
        text.AppendLine();
        text.AppendLine("Generated from `src/Gongkai.Core/Requests/Outcomes.cs` by `RepliesDocumentTests`; do not edit by hand.");
        text.AppendLine("Every reply letter is the agency's frame (template `Reply`) with `{{答复内容}}` = the decision below and");
        text.AppendLine("`{{救济途径}}` = its remedies. `{{…}}` in a decision is what the officer writes (fields) or the request's own dates.");
        text.AppendLine();
        text.AppendLine("| key | row of table 三 | reply | basis | remedies | officer must write |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var o in Outcomes.All)
        {
            var fields = string.Join("；", o.Fields.Where(f => f.Required).Select(f => f.Label));
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {o.Key} | {o.RowCode} {o.Row.FullLabel} | {o.Name} | {o.Basis} | {Label(o.Remedy)} | {(fields.Length == 0 ? "—" : fields)} |");
        }
        text.AppendLine();
        text.AppendLine("## Decision paragraphs");
        foreach (var o in Outcomes.All)
        {
            text.AppendLine();
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"**{o.Key} {o.Name}**");
            text.AppendLine();
            text.AppendLine("> " + o.Decision);
        }
        text.AppendLine();
        text.AppendLine("## Remedies");
        foreach (var remedy in Enum.GetValues<Remedy>())
        {
            text.AppendLine();
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"**{Label(remedy)}**");
            text.AppendLine();
            text.AppendLine("> " + Remedies.Text(remedy, "{{复议机关}}"));
        }
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Label(Remedy remedy) => remedy switch
    {
        Gongkai.Requests.Remedy.ReviewOrSuit => "复议或诉讼",
        Gongkai.Requests.Remedy.ReviewFirst => "复议前置",
        Gongkai.Requests.Remedy.ReviewFirstForWithheldPart => "不予公开部分复议前置",
    };

    [Fact]
    public void The_reviewers_table_in_docs_is_the_table_the_letters_use()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "README.md"))) root = root.Parent;
        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "docs", "replies.md");
        if (Environment.GetEnvironmentVariable("GONGKAI_WRITE_DOCS") == "1") File.WriteAllText(path, Generated());
        Assert.True(File.Exists(path), "docs/replies.md is missing: run the tests with GONGKAI_WRITE_DOCS=1");
        Assert.Equal(Generated(), File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
