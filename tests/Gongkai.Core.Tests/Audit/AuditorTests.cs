using Gongkai.Audit;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Audit;

public class AuditorTests
{
    private static string[] Rules(AnnualReport report, AnnualReport? previous = null) =>
        Auditor.Audit(report, previous).Select(f => f.Rule).Distinct().Order().ToArray();

    [Fact]
    public void A_consistent_report_and_its_previous_year_have_no_findings()
    {
        Assert.Empty(Auditor.Audit(Builders.ConsistentReport(), Builders.PreviousReport()));
        Assert.Empty(Auditor.Audit(Builders.PreviousReport()));
    }

    [Fact]
    public void A_row_total_that_is_not_the_sum_of_the_applicants_is_a_row_total_error_and_breaks_the_columns_it_feeds()
    {
        var report = Builders.ConsistentReport();
        report.Requests["3.1", ApplicantColumn.Total] = 3;

        var findings = Auditor.Audit(report);

        Assert.Equal(["outcome-total", "row-total"], findings.Select(f => f.Rule).Distinct().Order());
        var rowTotal = Assert.Single(findings, f => f.Rule == RuleIds.RowTotal);
        Assert.Equal(new Location("三", "3.1", "total"), rowTotal.Location);
        Assert.Equal(("2", "3"), (rowTotal.Expected, rowTotal.Found));
        Assert.Equal(Severity.Error, rowTotal.Severity);
        Assert.Contains("（一）予以公开", rowTotal.Message);
    }

    [Fact]
    public void An_outcome_row_that_no_longer_sums_to_row_3_7_is_an_outcome_total_error()
    {
        var report = Builders.ConsistentReport();
        report.Requests.SetRow("3.1", 1, 0, 0, 0, 0, 0, 1);

        Assert.Equal(["outcome-total"], Rules(report));
        var finding = Assert.Single(Auditor.Audit(report), f => f.Location.Column == "naturalPerson");
        Assert.Equal(("2", "3"), (finding.Expected, finding.Found));
    }

    [Fact]
    public void Received_plus_carried_in_must_equal_decided_plus_carried_over()
    {
        var report = Builders.ConsistentReport();
        report.Requests.SetRow("4", 2, 0, 0, 0, 0, 0, 2);

        Assert.Equal(["balance"], Rules(report));
        Assert.Equal(["naturalPerson", "total"], Auditor.Audit(report).Select(f => f.Location.Column!).Order());
    }

    [Fact]
    public void Review_and_litigation_totals_are_checked_per_group()
    {
        var report = Builders.ConsistentReport();
        report.Review[CaseOutcomes.TotalIndex] = 2;
        report.LitigationAfterReview[1] = 1;

        var findings = Auditor.Audit(report);

        Assert.Contains(findings, f => f.Rule == "review-total" && f.Location == new Location("四", "review", "total"));
        Assert.Contains(findings, f => f.Rule == "litigation-total" && f.Location == new Location("四", "litigationAfterReview", "total"));
    }

    [Fact]
    public void Negative_and_fractional_counts_are_errors_but_a_fractional_fee_is_not()
    {
        var report = Builders.ConsistentReport();
        report.Proactive.Penalty = -1;
        report.Proactive.Licensing = 2.5m;

        var findings = Auditor.Audit(report).Where(f => f.Rule == RuleIds.Negative).ToList();

        Assert.Equal(["licensing", "penalty"], findings.Select(f => f.Location.Row!).Order());
        Assert.Equal(1.25m, report.Proactive.FeesWanYuan);
    }

    [Fact]
    public void A_missing_cell_is_reported_and_not_taken_as_zero()
    {
        var report = Builders.ConsistentReport();
        report.Requests["1", ApplicantColumn.NaturalPerson] = null;

        var findings = Auditor.Audit(report);

        var missing = Assert.Single(findings);
        Assert.Equal(RuleIds.Missing, missing.Rule);
        Assert.Equal(new Location("三", "1", "naturalPerson"), missing.Location);
    }

    [Fact]
    public void A_whole_missing_table_is_one_finding()
    {
        var report = Builders.ConsistentReport();
        foreach (var row in RequestRow.All) report.Requests.SetRow(row, []);

        var missing = Assert.Single(Auditor.Audit(report), f => f.Location.Table == "三");
        Assert.Equal(RuleIds.Missing, missing.Rule);
        Assert.Null(missing.Location.Row);
    }

    [Fact]
    public void A_narrative_count_that_contradicts_table_three_is_a_narrative_error()
    {
        var report = Builders.ConsistentReport();
        report.StatedFacts.Add(new StatedFact(StatedFactKind.RequestsReceived, 2, "共收到政府信息公开申请2件"));
        report.StatedFacts.Add(new StatedFact(StatedFactKind.ReviewCases, 0, "未发生行政复议"));

        var findings = Auditor.Audit(report);

        Assert.Equal(["narrative"], Rules(report));
        var requests = Assert.Single(findings, f => f.Location.Row == "1");
        Assert.Equal(("5", "2"), (requests.Expected, requests.Found));
        Assert.Contains("共收到政府信息公开申请2件", requests.Message);
        Assert.Single(findings, f => f.Location.Row == "review");
    }

    [Fact]
    public void Received_stated_with_the_carried_in_requests_included_is_accepted()
    {
        var report = Builders.ConsistentReport();
        report.StatedFacts.Add(new StatedFact(StatedFactKind.RequestsReceived, 6, "共收到政府信息公开申请6件"));

        Assert.Empty(Auditor.Audit(report));
    }

    [Fact]
    public void Carried_in_must_equal_last_years_carried_over()
    {
        var previous = Builders.PreviousReportWithNothingCarriedOver();

        Assert.Empty(Auditor.Audit(previous));
        Assert.Equal(["carry-over"], Rules(Builders.ConsistentReport(), previous));
    }

    [Fact]
    public void Documents_in_force_follow_from_last_year_plus_issued_minus_repealed()
    {
        var report = Builders.ConsistentReport();
        report.Proactive.NormativeDocuments.InForce = 9;

        var finding = Assert.Single(Auditor.Audit(report, Builders.PreviousReport()));
        Assert.Equal((RuleIds.InForce, "7", "9"), (finding.Rule, finding.Expected, finding.Found));
        Assert.Equal(new Location("二", "normativeDocuments", "inForce"), finding.Location);
    }

    [Fact]
    public void Sections_copied_from_last_year_with_new_figures_are_a_copied_warning()
    {
        var previous = Builders.PreviousReport();
        var report = Builders.ConsistentReport();
        report.SectionText[ReportSection.Problems] = previous.SectionText[ReportSection.Problems].Replace("上一年度", "2024年");

        var finding = Assert.Single(Auditor.Audit(report, previous));
        Assert.Equal((RuleIds.Copied, Severity.Warning), (finding.Rule, finding.Severity));
        Assert.Equal("五", finding.Location.Row);
    }

    [Fact]
    public void Cross_year_rules_need_the_previous_years_report()
    {
        var report = Builders.ConsistentReport();
        report.Proactive.NormativeDocuments.InForce = 9;
        var older = Builders.ConsistentReport(2022);

        var findings = Auditor.Audit(report, older);

        var year = Assert.Single(findings);
        Assert.Equal((RuleIds.Year, Severity.Warning), (year.Rule, year.Severity));
    }

    [Fact]
    public void A_title_or_statistics_period_citing_another_year_is_a_year_error()
    {
        var report = Builders.ConsistentReport();
        report.CitedYears.Add(new CitedYear(2023, "2023年1月1日至12月31日"));

        var finding = Assert.Single(Auditor.Audit(report));
        Assert.Equal((RuleIds.Year, "2024", "2023"), (finding.Rule, finding.Expected, finding.Found));
    }

    [Fact]
    public void Missing_misnumbered_and_misordered_sections_are_sections_errors()
    {
        var report = Builders.ConsistentReport();
        report.Headings.Clear();
        report.Headings.Add(new SectionHeading(1, ReportSection.Overview, "一、总体情况"));
        report.Headings.Add(new SectionHeading(3, ReportSection.Requests, "三、收到和处理政府信息公开申请情况"));
        report.Headings.Add(new SectionHeading(2, ReportSection.ProactiveDisclosure, "二、主动公开政府信息情况"));
        report.Headings.Add(new SectionHeading(3, ReportSection.ReviewAndLitigation, "三、政府信息公开行政复议、行政诉讼情况"));
        report.Headings.Add(new SectionHeading(6, ReportSection.Other, "六、其他需要报告的事项"));

        var messages = Auditor.Audit(report).Where(f => f.Rule == RuleIds.Sections).Select(f => f.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.Contains("缺少第五部分"));
        Assert.Contains(messages, m => m.Contains("应编号为“四、”"));
        Assert.Contains(messages, m => m.Contains("顺序有误"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("无。")]
    [InlineData("暂无")]
    public void Section_five_empty_or_only_none_is_an_empty_section_error(string text)
    {
        var report = Builders.ConsistentReport();
        report.SectionText[ReportSection.Problems] = text;

        Assert.Equal(["empty-section"], Rules(report));
    }

    [Fact]
    public void Every_finding_has_a_chinese_message()
    {
        var report = Builders.ConsistentReport();
        report.Requests["3.1", ApplicantColumn.Total] = 9;
        report.Review[0] = null;
        report.SectionText[ReportSection.Problems] = "无";

        Assert.All(Auditor.Audit(report), f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Message));
    }
}
