using System.Net;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Tests.Requests;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>督办: the office sees an agency's overdue and late requests as counts and urges it; the agency reads it on its worklist.</summary>
public abstract class UrgingTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    private static int Cell(AngleSharp.Html.Dom.IHtmlDocument page, int agency, int column) =>
        int.Parse(page.QuerySelector($"#loads tr[data-agency='{agency}']")?.Children[column].TextContent ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_office_counts_an_agency_s_overdue_and_late_requests_and_the_agency_reads_its_urging()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        var health = factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).Id);
        var before = await supervisor.GetAsync("/Supervision/Requests");
        var (overdue, late) = (Cell(before, health, 1), Cell(before, health, 3));

        var officer = await OfficerDesk.SignInAsync(factory);
        await officer.RegisterAsync("2026-09-01");
        var answered = await officer.RegisterAsync("2026-10-08");
        await officer.OkAsync(answered, "decide", "2026-11-25", new { outcome = "3.3.4", note = "抽检记录载有该企业的生产工艺参数，属于商业秘密" });

        var page = await supervisor.GetAsync("/Supervision/Requests");
        Assert.Equal(overdue + 1, Cell(page, health, 1));
        Assert.Equal(late + 1, Cell(page, health, 3));
        Assert.DoesNotContain("韩复议", page.Body!.TextContent);

        var urged = await supervisor.PostAsync("/Supervision/Requests?handler=Urge", new() { ["agencyId"] = health.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = "请于12月4日前报告办理情况。" }, pageUrl: "/Supervision/Requests");
        Assert.Equal(HttpStatusCode.Redirect, urged.StatusCode);

        var worklist = (await officer.Page.GetAsync("/Requests")).QuerySelector("#urgings")!.TextContent;
        Assert.Contains($"你单位有{overdue + 1}件政府信息公开申请已超过法定答复期限未答复", worklist);
        Assert.Contains("请于12月4日前报告办理情况。", worklist);

        // An agency with nothing due is not urged.
        var finance = factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoSupervision.FinanceName).Id);
        var refused = await WebPage.ParseAsync(await supervisor.PostAsync("/Supervision/Requests?handler=Urge",
            new() { ["agencyId"] = finance.ToString(System.Globalization.CultureInfo.InvariantCulture) }, pageUrl: "/Supervision/Requests"));
        Assert.Contains("无需督办", refused.Body!.TextContent);
    }
}

public sealed class SqliteUrgingTests(GongkaiFactory factory) : UrgingTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresUrgingTests(PostgresFactory factory) : UrgingTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
