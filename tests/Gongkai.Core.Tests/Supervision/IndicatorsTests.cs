using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Core.Tests.Supervision;

public sealed class IndicatorsTests
{
    /// <summary>40 requests answered: 20 disclosed, 10 in part, 2 secret, 3 referred to the query procedure, 5 not held; 6 carried in.</summary>
    private static AnnualReport Known()
    {
        var report = new AnnualReport { Agency = "甲局", Year = 2025 };
        foreach (var (row, total) in new[] { ("1", 36), ("2", 6), ("3.1", 20), ("3.2", 10), ("3.3.1", 2), ("3.3.8", 3), ("3.4.1", 5), ("3.7", 40), ("4", 2) })
            report.Requests[RequestRow.ByCode(row), ApplicantColumn.Total] = total;
        report.Review.Set([3, 2, 1, 4, 10]);
        report.LitigationDirect.Set([1, 1, 0, 0, 2]);
        report.LitigationAfterReview.Set([0, 1, 0, 1, 2]);
        return report;
    }

    [Fact]
    public void Each_indicator_is_its_formula_of_the_tables_cells()
    {
        var report = Known();

        Assert.Equal(new Ratio(30, 40), Indicators.Substantive.Measure(report));
        Assert.Equal(new Ratio(2, 40), Indicators.Withheld.Measure(report)); // 3.3.8 is a referral, not a refusal
        Assert.Equal(new Ratio(5, 40), Indicators.Unavailable.Measure(report));
        Assert.Equal(new Ratio(2, 6), Indicators.ReviewCorrected.Measure(report)); // of the 6 decided cases
        Assert.Equal(new Ratio(2, 3), Indicators.LitigationCorrected.Measure(report));
        Assert.Equal(new Ratio(6, 6), Indicators.CarryOverCleared.Measure(report));
        Assert.Equal(0.75m, Indicators.Substantive.Measure(report)!.Value.Rate);
    }

    [Fact]
    public void A_region_sums_the_counts_before_dividing_and_small_counts_are_not_rated()
    {
        var small = Known();
        small.Requests[RequestRow.ByCode("3.1"), ApplicantColumn.Total] = 0;
        small.Requests[RequestRow.ByCode("3.7"), ApplicantColumn.Total] = 20;

        var region = Indicators.Sum(Indicators.Substantive, [Known(), small])!.Value;

        Assert.Equal(new Ratio(40, 60), region);
        Assert.True(region.Enough);
        Assert.False(Indicators.Substantive.Measure(small)!.Value.Enough);
        Assert.False(Indicators.ReviewCorrected.Measure(Known())!.Value.Enough);
        Assert.Null(Indicators.Substantive.Measure(new AnnualReport()));
    }

    [Fact]
    public void On_time_counts_the_agencies_whose_report_was_due()
    {
        var ratio = Indicators.OnTime([ReportDueStatus.OnTime, ReportDueStatus.Late, ReportDueStatus.Overdue, ReportDueStatus.Due, ReportDueStatus.OnTime]);

        Assert.Equal(new Ratio(2, 4), ratio);
    }
}
