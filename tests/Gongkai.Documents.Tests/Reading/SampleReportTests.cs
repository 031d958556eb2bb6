using Gongkai.Audit;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The three published reports of ../shared/samples: every cell, the title facts and the findings.</summary>
public class SampleReportTests
{
    private static void AssertRequests(AnnualReport report, Dictionary<string, decimal?[]> nonZero, params string[] totalLost)
    {
        foreach (var row in RequestRow.All)
        {
            var expected = nonZero.GetValueOrDefault(row.Code) ?? [0, 0, 0, 0, 0, 0, 0];
            if (totalLost.Contains(row.Code)) expected = [.. expected[..6], null];
            Assert.True(expected.SequenceEqual(report.Requests.Row(row)), $"row {row.Code}: {string.Join(",", report.Requests.Row(row))}");
        }
    }

    private static void AssertProactive(AnnualReport report, decimal licensing, decimal penalty, decimal enforcement)
    {
        var p = report.Proactive;
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m], new[] { p.Regulations.Issued, p.Regulations.Repealed, p.Regulations.InForce,
            p.NormativeDocuments.Issued, p.NormativeDocuments.Repealed, p.NormativeDocuments.InForce });
        Assert.Equal((licensing, penalty, enforcement, 0m), (p.Licensing, p.Penalty, p.Enforcement, p.FeesWanYuan));
    }

    private static void AssertNoCases(AnnualReport report)
    {
        foreach (var kind in Enum.GetValues<CaseKind>())
            Assert.Equal([0m, 0m, 0m, 0m, 0m], report.Cases(kind).Values);
    }

    private static void AssertAllSections(AnnualReport report) =>
        Assert.Equal(ReportSections.All, report.Headings.Select(h => h.Section));

    [Fact]
    public void Pingluo_tab_separated_rows_read_completely_and_audit_clean()
    {
        var report = Samples.Read(Samples.Pingluo);

        Assert.Equal(("平罗县卫生健康局", 2024), (report.Agency, report.Year));
        AssertProactive(report, licensing: 605, penalty: 93, enforcement: 2);
        AssertRequests(report, []);
        AssertNoCases(report);
        AssertAllSections(report);
        Assert.Contains(report.StatedFacts, f => f is { Kind: StatedFactKind.RequestsReceived, Value: 0 });
        Assert.Empty(Auditor.Audit(report));
    }

    [Fact]
    public void Shanting_rows_with_lost_labels_are_placed_by_the_order_of_the_format_and_lost_totals_are_missing()
    {
        var report = Samples.Read(Samples.Shanting);

        Assert.Equal(("山亭区卫健局", 2024), (report.Agency, report.Year));
        AssertProactive(report, licensing: 0, penalty: 32, enforcement: 0);
        string[] lost = ["1", "2", "3.1", "3.2", "3.7", "4"];
        AssertRequests(report, [], lost);
        AssertNoCases(report);
        AssertAllSections(report);
        Assert.Contains(report.StatedFacts, f => f is { Kind: StatedFactKind.RequestsReceived, Value: 0 });
        Assert.Contains(report.StatedFacts, f => f is { Kind: StatedFactKind.ReviewCases, Value: 0 });
        Assert.Contains(report.StatedFacts, f => f is { Kind: StatedFactKind.LitigationCases, Value: 0 });

        var findings = Auditor.Audit(report);
        Assert.All(findings, f => Assert.Equal((RuleIds.Missing, Severity.Error, "三", "total"), (f.Rule, f.Severity, f.Location.Table, f.Location.Column)));
        Assert.Equal(lost, findings.Select(f => f.Location.Row));
    }

    [Fact]
    public void Tongjiang_one_cell_per_line_with_wrapped_labels_reads_completely_and_audits_clean()
    {
        var report = Samples.Read(Samples.Tongjiang);

        Assert.Equal(("同江市卫生健康局", 2024), (report.Agency, report.Year));
        AssertProactive(report, licensing: 230, penalty: 29, enforcement: 0);
        decimal?[] two = [2, 0, 0, 0, 0, 0, 2];
        AssertRequests(report, new() { ["1"] = two, ["3.1"] = two, ["3.7"] = two });
        AssertNoCases(report);
        AssertAllSections(report);
        Assert.Contains(report.StatedFacts, f => f is { Kind: StatedFactKind.RequestsReceived, Value: 2 });
        Assert.Empty(Auditor.Audit(report));
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Narrative_sections_are_kept_for_comparison_with_other_years(string sample)
    {
        var report = Samples.Read(sample);

        Assert.True(report.SectionText[ReportSection.Overview].Length > 200);
        Assert.True(report.SectionText[ReportSection.Problems].Length > 50);
        Assert.DoesNotContain("行政许可", report.SectionText[ReportSection.Problems]);
    }
}
