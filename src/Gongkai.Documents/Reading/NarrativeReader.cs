using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Reports;

namespace Gongkai.Documents.Reading;

/// <summary>Reads what the words of a report say: the agency and year of its title, the statistics year, the counts it states.</summary>
public static partial class NarrativeReader
{
    /// <param name="opening">The compact lines before the first section heading: title and opening paragraph.</param>
    /// <param name="narrative">The compact narrative text of the whole report.</param>
    public static void Read(IReadOnlyList<string> opening, string narrative, AnnualReport report)
    {
        var title = ReadTitle(opening, report);
        report.Opening = string.Join('\n', opening.Skip(title + 1));
        foreach (Match m in StatisticsPeriod().Matches(narrative))
            report.CitedYears.Add(new CitedYear(Int(m.Groups[1].Value), m.Value));
        foreach (Match m in QuotedTitle().Matches(narrative))
        {
            report.Agency ??= NullIfEmpty(m.Groups[1].Value);
            report.CitedYears.Add(new CitedYear(Int(m.Groups[2].Value), m.Value));
        }
        report.Year ??= report.CitedYears.Select(c => (int?)c.Year).FirstOrDefault();
        report.Agency ??= ContactAgency().Match(narrative) is { Success: true } contact ? contact.Groups[1].Value : null;
        ReadStatedFacts(narrative, report);
    }

    /// <returns>The index of the title line, or -1.</returns>
    private static int ReadTitle(IReadOnlyList<string> opening, AnnualReport report)
    {
        for (var i = 0; i < Math.Min(opening.Count, 12); i++)
        {
            var m = Title().Match(opening[i]);
            if (!m.Success || opening[i].Length > 80) continue;
            var agency = NullIfEmpty(m.Groups[1].Value);
            // A title often stands on two lines: the agency, then "2024年政府信息公开工作年度报告".
            if (agency is null && i > 0 && opening[i - 1].Length is > 1 and <= 40 && !opening[i - 1].Contains('。'))
                agency = opening[i - 1];
            report.Agency = agency;
            report.Year = Int(m.Groups[2].Value);
            report.CitedYears.Add(new CitedYear(report.Year.Value, m.Value));
            return i;
        }
        return -1;
    }

    private static void ReadStatedFacts(string text, AnnualReport report)
    {
        foreach (Match m in Received().Matches(text))
            report.StatedFacts.Add(new StatedFact(StatedFactKind.RequestsReceived, Int(m.Groups[1].Value), m.Value));
        foreach (Match m in NoneReceived().Matches(text))
            report.StatedFacts.Add(new StatedFact(StatedFactKind.RequestsReceived, 0, m.Value));
        foreach (Match m in ReviewCount().Matches(text))
            report.StatedFacts.Add(new StatedFact(StatedFactKind.ReviewCases, Int(m.Groups[1].Value), m.Value));
        foreach (Match m in LitigationCount().Matches(text))
            report.StatedFacts.Add(new StatedFact(StatedFactKind.LitigationCases, Int(m.Groups[1].Value), m.Value));
        foreach (Match m in NoCases().Matches(text))
        {
            if (m.Value.Contains("行政复议", StringComparison.Ordinal))
                report.StatedFacts.Add(new StatedFact(StatedFactKind.ReviewCases, 0, m.Value));
            if (m.Value.Contains("行政诉讼", StringComparison.Ordinal))
                report.StatedFacts.Add(new StatedFact(StatedFactKind.LitigationCases, 0, m.Value));
        }
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string s) => s.Trim('《', '》', '"', '“', '”').Length == 0 ? null : s.Trim('《', '》', '"', '“', '”');

    [GeneratedRegex(@"^(.{0,40}?)((?:19|20)\d{2})年度?政府信息公开(?:工作)?年度报告")]
    private static partial Regex Title();

    [GeneratedRegex(@"《([^《》]{0,40}?)((?:19|20)\d{2})年度?政府信息公开(?:工作)?年度报告》")]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—|~)(?:(?:19|20)\d{2}年)?12月31日")]
    private static partial Regex StatisticsPeriod();

    [GeneratedRegex(@"可?(?:直接)?与([^，。、；;,\s(（与]{2,30}?)(?:联系|取得联系)")]
    private static partial Regex ContactAgency();

    [GeneratedRegex(@"(?:共|累计|全年共?|本年度?共?)?(?:收到|受理|接收|新收)(?:各类|公民、法人和其他组织)?(?:政府)?信息公开申请(?:共|共计|合计|总计)?(\d+)(?:件|个|份)")]
    private static partial Regex Received();

    [GeneratedRegex(@"(?:未|没有)(?:收到|受理|接到)[^。；，;,]{0,10}?(?:信息公开申请|依申请公开)")]
    private static partial Regex NoneReceived();

    [GeneratedRegex(@"行政复议(?:案件|申请)?(?:共|共计)?(\d+)(?:件|起)")]
    private static partial Regex ReviewCount();

    [GeneratedRegex(@"行政诉讼(?:案件)?(?:共|共计)?(\d+)(?:件|起)")]
    private static partial Regex LitigationCount();

    [GeneratedRegex(@"(?:未|没有)(?:发生|出现|收到|有)[^。；，;,]{0,20}?行政(?:复议|诉讼)(?:[和、及与]行政(?:复议|诉讼))?")]
    private static partial Regex NoCases();
}
