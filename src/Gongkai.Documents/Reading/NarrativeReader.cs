using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>Reads what the words of a report say: the agency and year of its title, the statistics year, the counts it states (<see cref="StatedFacts"/>).</summary>
internal static partial class NarrativeReader
{
    /// <param name="opening">The compact lines before the first section heading: title and opening paragraph.</param>
    /// <param name="narrative">The compact narrative text of the whole report.</param>
    public static void Read(IReadOnlyList<string> opening, string narrative, AnnualReport report)
    {
        var title = ReadTitle(opening, report);
        report.Opening = string.Join('\n', opening.Skip(title + 1));
        // Each pattern runs only where its fixed words stand: a scan for a word is far cheaper than a regex at every position.
        if (narrative.Contains("12月31日", StringComparison.Ordinal))
            foreach (Match m in StatisticsPeriod().Matches(narrative))
                report.CitedYears.Add(new CitedYear(Int(m.Groups[1].Value), m.Value));
        if (narrative.Contains("年度报告》", StringComparison.Ordinal))
            foreach (Match m in QuotedTitle().Matches(narrative))
            {
                report.Agency ??= NullIfEmpty(m.Groups[1].Value);
                report.CitedYears.Add(new CitedYear(Int(m.Groups[2].Value), m.Value));
            }
        report.Year ??= report.CitedYears.Select(c => (int?)c.Year).FirstOrDefault();
        if (report.Agency is null && narrative.Contains("联系", StringComparison.Ordinal))
            report.Agency = ContactAgency().Match(narrative) is { Success: true } contact ? contact.Groups[1].Value : null;
        StatedFacts.Read(narrative, report);
    }

    /// <returns>The index of the title line, or -1.</returns>
    private static int ReadTitle(IReadOnlyList<string> opening, AnnualReport report)
    {
        for (var i = 0; i < Math.Min(opening.Count, 12); i++)
        {
            var line = opening[i];
            var m = Title().Match(line);
            // A long title wraps in a PDF or a narrow page: "…2024年政府信息公开工作" above "年度报告".
            if (!m.Success && i + 1 < opening.Count && !line.Contains('。') && Title().Match(line + opening[i + 1]) is { Success: true } wrapped)
                (m, line, i) = (wrapped, line + opening[i + 1], i + 1);
            if (!m.Success || line.Length > 80) continue;
            // A government article page puts the title in its metadata table too ("名称：某局2024年…"): an agency's
            // name never holds a colon, so what precedes one is the table's label.
            var agency = NullIfEmpty(m.Groups[1].Value[(m.Groups[1].Value.LastIndexOfAny([':', '：']) + 1)..]);
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
}
