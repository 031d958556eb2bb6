using System.Text.Json.Nodes;
using Gongkai.Audit;
using Gongkai.Data.Supervision;
using Gongkai.Reports;

namespace Gongkai.Data.Tests.Supervision;

/// <summary>What a supervising office keeps of each collected report: tables, findings and narrative, in a versioned format.</summary>
public sealed class StoredReportTests
{
    private static AnnualReport Kept()
    {
        var report = Builders.ConsistentReport();
        report.Requests[RequestRow.CarriedIn, ApplicantColumn.All[2]] = null;
        report.Proactive.FeesWanYuan = 1.25m;
        report.SectionText[ReportSection.Problems] = "存在的主要问题：答复不够规范。改进措施：加强培训。";
        report.SectionText[ReportSection.Other] = "本年度未收取信息处理费。";
        return report;
    }

    private static string Version1(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Supervision", "Version1", name));

    [Fact]
    public void Tables_kept_come_back_cell_for_cell_with_missing_cells_still_missing_and_the_version_written()
    {
        var report = Kept();

        var json = StoredReport.Tables(report);
        var back = StoredReport.ReadTables(json);

        Assert.Equal(Samples.Tables(report), Samples.Tables(back));
        Assert.Null(back.Requests[RequestRow.CarriedIn, ApplicantColumn.All[2]]);
        Assert.Equal(StoredReport.Version, (int?)JsonNode.Parse(json)!["version"]);
    }

    [Fact]
    public void A_row_kept_before_the_format_had_a_version_is_still_read_cell_for_cell()
    {
        var report = Kept();

        var tables = StoredReport.ReadTables(Version1("tables.json"), report.Agency, report.Year);
        var narrative = StoredReport.ReadNarrative(Version1("narrative.json"));

        Assert.Equal(Samples.Tables(report), Samples.Tables(tables));
        Assert.Null(tables.Requests[RequestRow.CarriedIn, ApplicantColumn.All[2]]);
        Assert.Equal(report.SectionText, narrative);
    }

    [Fact]
    public void Findings_kept_before_the_format_had_a_version_come_back_with_their_location_and_source()
    {
        var findings = StoredReport.ReadFindings(Version1("findings.json"));

        Assert.Equal(2, findings.Count);
        Assert.Equal(new Finding("row-total", Severity.Error, new Location(Location.Table3, "1", "total"), "12", "13", "第三项收到申请数合计与各列之和不符")
        { Source = new SourcePlace(Page: 2, Line: 14, Cell: 3) }, findings[0]);
        Assert.Equal(new SourcePlace(Page: 2, Line: 14, Cell: 3), findings[0].Source);
        Assert.Equal((Severity.Warning, new Location("五"), (SourcePlace?)null), (findings[1].Severity, findings[1].Location, findings[1].Source));
    }

    [Fact]
    public void Findings_kept_come_back_with_their_location_and_source()
    {
        var report = Builders.ConsistentReport();
        report.Requests[RequestRow.Received, ApplicantColumn.Total] = 9;
        var findings = Auditor.Audit(report, null).Select((f, i) => i == 0 ? f with { Source = new SourcePlace(Table: 3, Row: 4, Cell: 8) } : f).ToList();

        var back = StoredReport.ReadFindings(StoredReport.Findings(findings));

        Assert.Equal(findings, back);
        Assert.Equal(new SourcePlace(Table: 3, Row: 4, Cell: 8), back[0].Source);
    }

    [Fact]
    public void A_report_kept_checks_the_next_years_report_as_the_document_itself_would()
    {
        var before = Builders.ConsistentReport(2023);
        var next = Builders.ConsistentReport(2024);
        next.Requests[RequestRow.CarriedIn, ApplicantColumn.Total] = 3;

        var kept = StoredReport.ReadPrevious(StoredReport.Tables(before), StoredReport.Narrative(before), before.Agency, 2023);

        var findings = Auditor.Audit(next, kept);
        Assert.Equal(Auditor.Audit(next, before), findings);
        Assert.Contains(findings, f => f.Rule == "carry-over");
        Assert.Contains(findings, f => f.Rule == "copied");
    }
}
