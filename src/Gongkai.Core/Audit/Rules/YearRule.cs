
namespace Gongkai.Audit.Rules;

/// <summary>The title and the narrative cite the report's own statistics year, and a previous report is of the year before.</summary>
internal static class YearRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var report = context.Report;
        if (report.Year is not { } year) yield break;
        foreach (var cited in report.CitedYears.Where(c => c.Year != year).DistinctBy(c => c.Quote))
            yield return new Finding(RuleIds.Year, Severity.Error, new(Location.Narrative), Text.Num(year), Text.Num(cited.Year),
                $"“{cited.Quote}”所述统计年度为{cited.Year}年，与报告年度{year}年不符。");
        if (context.Previous is { } previous && CrossYear.IsOtherYear(report, previous))
            yield return new Finding(RuleIds.Year, Severity.Warning, new(Location.Title), Text.Num(year - 1), Text.Num(previous.Year),
                $"作为上年报告提供的是{previous.Year}年度报告，不是{year - 1}年度报告，未做跨年度核对。");
    }
}
