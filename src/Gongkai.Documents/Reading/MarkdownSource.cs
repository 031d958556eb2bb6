using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Markdown as crawlers and converters store reports: headings, bold captions, pipe tables with separator lines (and
/// cells merged by leaving them empty, or broken with &lt;br&gt;), HTML tables left inline. Markdig parses it; tables become
/// rows of cells, everything else paragraphs, and pipe lines without a separator row go through the text source's
/// one notion of a row of cells.
/// </summary>
internal static partial class MarkdownSource
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    /// <summary>Markdown, not plain text: a table separator line ("| --- |", "|:---:|") or a "#" heading.</summary>
    public static bool LooksLikeMarkdown(string text) =>
        (text.Contains("---", StringComparison.Ordinal) && SeparatorLine().IsMatch(text)) || (text.Contains('#') && AtxHeading().IsMatch(text));

    public static IReadOnlyList<LayoutRow> Rows(string text)
    {
        var document = Markdown.Parse(TextNormalizer.Normalize(text), Pipeline);
        var rows = new List<LayoutRow>();
        foreach (var block in document) Add(block, rows);
        return rows;
    }

    private static void Add(Block block, List<LayoutRow> rows)
    {
        switch (block)
        {
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    rows.Add(new LayoutRow(row.OfType<TableCell>().Select(CellText).ToArray()) { Source = new(Line: row.Line + 1) });
                break;
            case HtmlBlock html:
                rows.AddRange(HtmlSource.Rows(html.Lines.ToString()));
                break;
            case LeafBlock { Inline: { } inline }:
                foreach (var line in Lines(inline)) rows.Add(TextSource.LineRow(line, new(Line: block.Line + 1)));
                break;
            case LeafBlock leaf:
                foreach (var line in leaf.Lines.ToString().Split('\n')) rows.Add(TextSource.LineRow(line));
                break;
            case ContainerBlock container:
                foreach (var child in container) Add(child, rows);
                break;
        }
    }

    /// <summary>A cell's text, its &lt;br&gt;-broken lines joined (a label wrapped in its cell is one label).</summary>
    private static string CellText(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var paragraph in cell.OfType<LeafBlock>())
            if (paragraph.Inline is { } inline) text.AppendJoin("", Lines(inline));
        return text.ToString().Trim();
    }

    /// <summary>The lines of a paragraph as written (soft and hard breaks end one), emphasis marks and links dropped.</summary>
    private static List<string> Lines(ContainerInline inline)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        Append(inline, line, lines);
        lines.Add(line.ToString());
        return lines.Where(l => l.Trim().Length > 0).ToList();
    }

    private static void Append(Inline inline, StringBuilder line, List<string> lines)
    {
        switch (inline)
        {
            case LineBreakInline or HtmlInline when inline is not HtmlInline html || BreakTag().IsMatch(html.Tag):
                lines.Add(line.ToString());
                line.Clear();
                break;
            case LiteralInline literal:
                line.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                line.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                line.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container) Append(child, line, lines);
                break;
        }
    }

    [GeneratedRegex(@"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex SeparatorLine();

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();
}
