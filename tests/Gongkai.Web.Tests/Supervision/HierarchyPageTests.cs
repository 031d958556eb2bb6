using Gongkai.Data.Supervision;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>The demo county government's own report against the sum of its departments' and town's reports.</summary>
public abstract class HierarchyPageTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    [Fact]
    public async Task The_county_s_report_is_checked_against_its_agencies_sum_and_a_missing_report_leaves_figures_unchecked()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        await factory.DrainCollectionAsync();
        Assert.Contains("尚未报送2025年度报告", (await supervisor.GetAsync("/Supervision/Hierarchy?year=2025")).QuerySelector("#hierarchy")!.TextContent);

        var health = DemoSupervision.Synthetic(DemoData.AgencyName, 2025, received: 20, carriedIn: 0, carriedOver: 1, inForce: 5);
        var education = DemoSupervision.Synthetic(DemoData.OtherAgencyName, 2025, received: 7, carriedIn: 0, carriedOver: 0, inForce: 3);
        Submit(DemoData.AgencyName, health);
        await factory.DrainCollectionAsync();
        // The county's report: the sum of all five agencies below it, but three more requests received than they report.
        var below = factory.Scoped(db => db.Submissions.Where(s => s.Year == 2025 && s.State == SubmissionState.Read).AsEnumerable()
            .GroupBy(s => s.AgencyId).Select(g => StoredReport.ReadTables(g.MaxBy(s => s.Id)!.TablesJson, null, 2025)).ToList());
        var county = DemoSupervision.Synthetic(DemoSupervision.CountyName, 2025, 0, 0, 0, 0);
        Copy(ReportSum.Sum([.. below, education]), county);
        county.Requests[RequestRow.ByCode(RequestRow.Received), ApplicantColumn.Total] += 3;
        Submit(DemoSupervision.CountyName, county);
        await factory.DrainCollectionAsync();

        var page = await supervisor.GetAsync("/Supervision/Hierarchy?year=2025");
        Assert.Contains(DemoData.OtherAgencyName, page.QuerySelector("#summary")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("#hierarchy tbody tr"), r => r.Children[3].TextContent == "一致");

        Submit(DemoData.OtherAgencyName, education);
        await factory.DrainCollectionAsync();
        page = await supervisor.GetAsync("/Supervision/Hierarchy?year=2025");
        var differs = Assert.Single(page.QuerySelectorAll("#hierarchy tbody tr"), r => r.Children[3].TextContent == "不一致");
        Assert.Equal("表三“一、本年新收政府信息公开申请数量”行“总计”列", differs.Children[0].TextContent);
        Assert.Equal(int.Parse(differs.Children[2].TextContent, System.Globalization.CultureInfo.InvariantCulture) + 3,
            int.Parse(differs.Children[1].TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(page.QuerySelectorAll("#hierarchy tbody tr"), r => r.Children[3].TextContent == "无法核对");
    }

    private void Submit(string agency, AnnualReport report) => factory.Scoped(db =>
    {
        var id = db.Agencies.Single(a => a.Name == agency).Id;
        db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, $"{agency}2025.html", System.Text.Encoding.UTF8.GetBytes(ReportHtml.Write(report)),
            new DateOnly(2026, 1, 20), GongkaiFactory.Now, id, year: 2025));
        return db.SaveChanges();
    });

    private static void Copy(AnnualReport from, AnnualReport to)
    {
        foreach (var row in RequestRow.All)
            to.Requests.SetRow(row, ApplicantColumn.All.Select(c => from.Requests[row, c]).ToList());
        to.Proactive.Regulations.Set([from.Proactive.Regulations.Issued, from.Proactive.Regulations.Repealed, from.Proactive.Regulations.InForce]);
        to.Proactive.NormativeDocuments.Set([from.Proactive.NormativeDocuments.Issued, from.Proactive.NormativeDocuments.Repealed, from.Proactive.NormativeDocuments.InForce]);
        (to.Proactive.Licensing, to.Proactive.Penalty, to.Proactive.Enforcement, to.Proactive.FeesWanYuan) =
            (from.Proactive.Licensing, from.Proactive.Penalty, from.Proactive.Enforcement, from.Proactive.FeesWanYuan);
        foreach (var kind in Enum.GetValues<CaseKind>()) to.Cases(kind).Set(from.Cases(kind).Values);
    }
}

public sealed class SqliteHierarchyPageTests(GongkaiFactory factory) : HierarchyPageTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresHierarchyPageTests(PostgresFactory factory) : HierarchyPageTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
