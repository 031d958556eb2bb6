
namespace Gongkai.Documents.Writing;

/// <summary>Text every writer of the report shares: the title and the narrative as paragraphs; and the report as plain text.</summary>
public static class ReportText
{
    public static string Title(AnnualReport report) =>
        $"{report.Agency}{report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)}年政府信息公开工作年度报告";

    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The report as tab-separated text, one table row per line, as agencies' converted files have it.</summary>
    public static string TabSeparated(AnnualReport report)
    {
        var lines = new List<string> { Title(report), report.Opening };
        foreach (var section in ReportSections.All)
        {
            lines.Add(section.Title());
            if (TableGrid.For(report, section) is { } grid) lines.AddRange(grid.Select(row => string.Join('\t', row.Select(c => c.Text))));
            lines.Add(report.SectionText.GetValueOrDefault(section) ?? "");
        }
        return string.Join('\n', lines);
    }
}
