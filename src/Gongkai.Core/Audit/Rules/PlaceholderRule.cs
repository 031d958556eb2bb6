using System.Text.RegularExpressions;

namespace Gongkai.Audit.Rules;

/// <summary>
/// Template residue left in a report: "【请补充…】", "XX局", "×××", "（此处填写…）", "20XX年". Published reports carry these
/// when a draft was filled in halfway; each is an error, named with the words around it and the part it stands in.
/// </summary>
public static partial class PlaceholderRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var report = context.Report;
        var parts = new List<(Location Where, string Text)> { (new(Location.Title), report.Agency ?? ""), (new(Location.Narrative), report.Opening) };
        parts.AddRange(report.SectionText.OrderBy(s => s.Key).Select(s => (new Location(Location.Narrative, s.Key.Numeral()), s.Value)));
        var seen = new HashSet<string>();
        foreach (var (where, text) in parts)
            foreach (Match match in Residue().Matches(text))
                if (seen.Add($"{where}|{match.Value}"))
                    yield return new Finding(RuleIds.Placeholder, Severity.Error, where, null, match.Value,
                        $"{Place(where)}有未替换的模板内容“{match.Value}”（{Around(text, match)}），应填写实际内容后再发布。");
    }

    private static string Place(Location where) => where.Table == Location.Title ? "标题"
        : where.Row is null ? "开头" : $"第{where.Row}部分";

    /// <summary>The words around the residue, so an officer finds it in the document.</summary>
    private static string Around(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 12);
        var end = Math.Min(text.Length, match.Index + match.Length + 12);
        return (start > 0 ? "…" : "") + text[start..end].Replace('\n', ' ') + (end < text.Length ? "…" : "");
    }

    /// <summary>
    /// Bracketed instructions (【…补充/填写/待…】, （此处…）), runs of placeholder marks (×××, XXX, ＊＊＊, ○○○), and X
    /// standing for a digit or a name next to Chinese (20XX年, XX局, XX县); an X inside Latin words is not one.
    /// </summary>
    [GeneratedRegex(@"【[^】\n]{0,40}?(补充|填写|填入|待定|待补|待填|此处|修改)[^】\n]{0,40}?】|[（(]此处[^）)\n]{0,40}[）)]|[×✕＊*○〇□]{3,}|(?<![A-Za-z])(20|19)[XxＸｘ×]{2}(?=年)|(?<![A-Za-z])[XxＸｘ×]{2,}(?=[\p{IsCJKUnifiedIdeographs}])|(?<=[\p{IsCJKUnifiedIdeographs}])[XxＸｘ×]{2,}(?![A-Za-z])")]
    private static partial Regex Residue();
}
