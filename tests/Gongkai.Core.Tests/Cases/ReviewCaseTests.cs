using Gongkai.Audit;
using Gongkai.Cases;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Cases;

public class ReviewCaseTests
{
    [Fact]
    public void Table_four_counts_the_years_cases_by_their_outcome_at_year_end()
    {
        var upheld = new ReviewCase(1, 1, CaseKind.Review, new DateOnly(2025, 3, 1), "示例县人民政府");
        upheld.Conclude(CaseOutcome.Upheld, new DateOnly(2025, 5, 1));
        var decidedNextYear = new ReviewCase(1, 2, CaseKind.Review, new DateOnly(2025, 11, 1), "示例县人民政府");
        decidedNextYear.Conclude(CaseOutcome.Corrected, new DateOnly(2026, 1, 20));
        var lawsuit = new ReviewCase(1, 3, CaseKind.LitigationDirect, new DateOnly(2025, 6, 1), "示例县人民法院");
        var lastYear = new ReviewCase(1, 4, CaseKind.LitigationAfterReview, new DateOnly(2024, 6, 1), "示例市中级人民法院");
        var report = new AnnualReport();

        ReviewCase.Fill([upheld, decidedNextYear, lawsuit, lastYear], 2025, report);

        Assert.Equal([1m, 0m, 0m, 1m, 2m], report.Review.Values);
        Assert.Equal([0m, 0m, 0m, 1m, 1m], report.LitigationDirect.Values);
        Assert.Equal([0m, 0m, 0m, 0m, 0m], report.LitigationAfterReview.Values);
        Assert.DoesNotContain(Auditor.Audit(report), f => f.Rule is RuleIds.ReviewTotal or RuleIds.LitigationTotal);
    }

    [Fact]
    public void A_case_concludes_with_a_result_not_before_it_was_filed()
    {
        var reviewCase = new ReviewCase(1, 1, CaseKind.Review, new DateOnly(2025, 3, 1), "示例县人民政府");
        Assert.Throws<DomainException>(() => reviewCase.Conclude(CaseOutcome.Pending, new DateOnly(2025, 4, 1)));
        Assert.Throws<DomainException>(() => reviewCase.Conclude(CaseOutcome.Upheld, new DateOnly(2025, 2, 1)));
    }
}
