using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Turns the rows of any source into the report model by following the structure of the format: the section headings,
/// the row labels and the column order — not the position of numbers in one file.
/// </summary>
internal static partial class ReportParser
{
    public static AnnualReport Parse(IReadOnlyList<LayoutRow> rows)
    {
        var report = new AnnualReport();
        var compact = rows.Select(r => TextNormalizer.Compact(r.Text)).ToArray();
        var starts = new List<(int Row, SectionHeading Heading)>();
        for (var i = 0; i < rows.Count; i++)
            if (!IsContentsEntry(rows[i], compact[i]) && SectionHeadings.Recognise(compact[i]) is { } heading && starts.All(s => s.Heading.Section != heading.Section))
                starts.Add((i, heading));
        AddUnnumbered(rows, compact, starts);
        report.Headings.AddRange(starts.Select(s => s.Heading));
        foreach (var (row, heading) in starts) report.AddSource(new Location(Location.Narrative, heading.Section.Numeral()), rows[row].Source);

        var regions = Regions(rows.Count, compact, starts);
        ProactiveTableReader.Read(TableRows(rows, regions.GetValueOrDefault(ReportSection.ProactiveDisclosure)), report);
        RequestTableReader.Read(TableRows(rows, regions.GetValueOrDefault(ReportSection.Requests)), report);
        CaseTableReader.Read(TableRows(rows, regions.GetValueOrDefault(ReportSection.ReviewAndLitigation)), report);

        foreach (var (section, range) in regions)
            report.SectionText[section] = string.Join('\n', compact[range].Where(IsNarrative(section)));
        var opening = compact[..(starts.Count > 0 ? starts[0].Row : Math.Min(rows.Count, 12))].Where(l => l.Length > 0).ToList();
        var narrative = string.Concat(opening.Concat(report.SectionText.Values)).Replace("\n", "", StringComparison.Ordinal);
        NarrativeReader.Read(opening, narrative, report);

        if (report.Requests.IsEmpty && report.Headings.Count < 3)
            throw new UnreadableReportException("未找到年度报告的章节和表格，不像是政府信息公开工作年度报告。");
        return report;
    }

    /// <summary>
    /// A section no numbered heading names may stand under a heading without its number: taken only where it keeps
    /// the sections' order (after the section before it, before the one after), so a subheading elsewhere is never it.
    /// </summary>
    private static void AddUnnumbered(IReadOnlyList<LayoutRow> rows, string[] compact, List<(int Row, SectionHeading Heading)> starts)
    {
        foreach (var section in ReportSections.All.Where(s => starts.All(h => h.Heading.Section != s)))
        {
            var after = starts.Where(h => h.Heading.Section < section).Select(h => h.Row).DefaultIfEmpty(-1).Max();
            var before = starts.Where(h => h.Heading.Section > section).Select(h => h.Row).DefaultIfEmpty(rows.Count).Min();
            for (var i = after + 1; i < before; i++)
                if (rows[i].Cells.Count == 1 && (SectionHeadings.RecogniseUnnumbered(compact[i]) is { } unnumbered && unnumbered.Section == section
                        ? unnumbered : SectionHeadings.RecogniseGarbled(compact[i], section)) is { } heading)
                {
                    starts.Add((i, heading));
                    break;
                }
        }
        starts.Sort((a, b) => a.Row.CompareTo(b.Row));
    }

    /// <summary>
    /// A line of a table of contents: a heading followed by its page number, in a cell of its own or after dot leaders
    /// ("三、收到和处理政府信息公开申请情况……3"). A heading itself never ends in a page number.
    /// </summary>
    private static bool IsContentsEntry(LayoutRow row, string compact) =>
        (row.Cells.Count > 1 && row.Cells[^1].Trim() is { Length: > 0 and <= 3 } last && last.All(char.IsAsciiDigit))
        || (compact.Length > 3 && char.IsDigit(compact[^1]) && ContentsLeader().IsMatch(compact));

    [GeneratedRegex(@"[.…·・]{3,}\d{1,3}$")]
    private static partial Regex ContentsLeader();

    /// <summary>Where each section runs; a table whose heading is missing is found by the words of its first rows.</summary>
    private static Dictionary<ReportSection, Range> Regions(int count, string[] compact, List<(int Row, SectionHeading Heading)> starts)
    {
        var boundaries = starts.Select(s => (s.Row, s.Heading.Section)).ToList();
        AddAnchor(ReportSection.ProactiveDisclosure, "第二十条");
        AddAnchor(ReportSection.Requests, RequestTableReader.FirstRowWords);
        AddAnchor(ReportSection.ReviewAndLitigation, "行政复议");
        boundaries.Sort((a, b) => a.Row.CompareTo(b.Row));

        var regions = new Dictionary<ReportSection, Range>();
        for (var i = 0; i < boundaries.Count; i++)
        {
            var end = i + 1 < boundaries.Count ? boundaries[i + 1].Row : count;
            regions[boundaries[i].Section] = new Range(boundaries[i].Row + 1, end);
        }
        return regions;

        void AddAnchor(ReportSection section, string word)
        {
            if (boundaries.Any(b => b.Section == section)) return;
            var after = boundaries.Where(b => b.Section < section).Select(b => b.Row).DefaultIfEmpty(-1).Max();
            for (var i = after + 1; i < count; i++)
                if (compact[i].Contains(word, StringComparison.Ordinal))
                {
                    boundaries.Add((i - 1, section));
                    return;
                }
        }
    }

    /// <summary>The rows of a table section, less the sentences an agency wrote around its table.</summary>
    private static IEnumerable<LayoutRow> TableRows(IReadOnlyList<LayoutRow> rows, Range range) =>
        range.Equals(default(Range)) ? [] : rows.Take(range).Where(r => !IsSentence(r));

    private static bool IsSentence(LayoutRow row) => row.Cells.Count == 1 && row.Cells[0].Contains('。');

    private static Func<string, bool> IsNarrative(ReportSection section) => section switch
    {
        ReportSection.Overview or ReportSection.Problems or ReportSection.Other => line => line.Length > 0,
        ReportSection.ProactiveDisclosure or ReportSection.Requests or ReportSection.ReviewAndLitigation => line => line.Contains('。'),
    };
}
