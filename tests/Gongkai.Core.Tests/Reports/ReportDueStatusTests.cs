using Gongkai.Reports;

namespace Gongkai.Core.Tests.Reports;

/// <summary>One rule of where a year's report stands against 31 January of the next year (条例第四十九条).</summary>
public class ReportDueStatusTests
{
    [Theory]
    [InlineData("2024-12-31", null, ReportDueStatus.InProgress)]
    [InlineData("2025-01-01", null, ReportDueStatus.Due)]
    [InlineData("2025-01-31", null, ReportDueStatus.Due)]
    [InlineData("2025-02-01", null, ReportDueStatus.Overdue)]
    [InlineData("2025-03-01", "2025-01-31", ReportDueStatus.OnTime)]
    [InlineData("2025-03-01", "2025-02-01", ReportDueStatus.Late)]
    [InlineData("2024-12-20", "2024-12-20", ReportDueStatus.OnTime)]
    public void The_2024_report_stands_by_its_publication_day_or_else_by_today(string today, string? published, ReportDueStatus expected) =>
        Assert.Equal(expected, AnnualReportRecord.DueStatus(2024, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
