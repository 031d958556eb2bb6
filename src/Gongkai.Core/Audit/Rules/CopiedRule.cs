
namespace Gongkai.Audit.Rules;

/// <summary>
/// A warning when section 一, 五 or 六 is nearly the same text as last year's: Art. 47 of the Regulation names 雷同 reports.
/// Numbers are ignored, so a text that only changed its figures and years still counts as copied.
/// </summary>
public static class CopiedRule
{
    public const double Threshold = 0.85;
    private const int ShingleLength = 4;
    private static readonly ReportSection[] Compared = [ReportSection.Overview, ReportSection.Problems, ReportSection.Other];

    public static IEnumerable<Finding> Check(AuditContext context)
    {
        if (CrossYear.Previous(context) is not { } previous) yield break;
        foreach (var section in Compared)
        {
            var now = Shingles(context.Report.SectionText.GetValueOrDefault(section));
            var before = Shingles(previous.SectionText.GetValueOrDefault(section));
            if (now.Count < 10 || before.Count < 10) continue;
            var similarity = (double)now.Count(before.Contains) / now.Union(before).Count();
            if (similarity >= Threshold)
                yield return new Finding(RuleIds.Copied, Severity.Warning, new(Location.Narrative, section.Numeral()),
                    $"<{Figures.Percent(Threshold)}", Figures.Percent(similarity),
                    similarity == 1
                        ? $"第{section.Numeral()}部分“{section.Title()}”与上年报告逐字相同（数字除外），属雷同（条例第四十七条）。"
                        : $"第{section.Numeral()}部分“{section.Title()}”与上年报告的文字相似度为{Figures.Percent(similarity)}，可能雷同（条例第四十七条）。");
        }
    }

    /// <summary>
    /// The warning on each of two reports of different agencies (or years) whose section shares its text
    /// (<see cref="Supervision.NarrativeCopies"/>); <paramref name="other"/> names the other report (its file or agency and year).
    /// </summary>
    public static Finding SharedWith(ReportSection section, double similarity, string other) =>
        new(RuleIds.Copied, Severity.Warning, new(Location.Narrative, section.Numeral()), $"<{Figures.Percent(Supervision.NarrativeCopies.Threshold)}", Figures.Percent(similarity),
            $"第{section.Numeral()}部分“{section.Title()}”与{other}的同一部分相似度为{Figures.Percent(similarity)}，可能雷同（条例第四十七条）。");

    private static HashSet<string> Shingles(string? text)
    {
        var letters = new string((text ?? "").Where(c => char.IsLetter(c)).ToArray());
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleLength <= letters.Length; i++)
            set.Add(letters.Substring(i, ShingleLength));
        return set;
    }
}
