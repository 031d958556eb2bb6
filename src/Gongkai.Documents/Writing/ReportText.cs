using Gongkai.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>Text every writer of the report shares: the title and the narrative as paragraphs.</summary>
public static class ReportText
{
    public static string Title(AnnualReport report) =>
        $"{report.Agency}{report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)}年政府信息公开工作年度报告";

    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
