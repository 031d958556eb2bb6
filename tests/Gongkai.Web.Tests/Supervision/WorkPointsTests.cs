using System.Net;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>The county office issues its work points; an agency below records its progress; section 六's draft and the office's page report it.</summary>
public abstract class WorkPointsTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    [Fact]
    public async Task A_work_point_issued_by_the_office_is_carried_out_by_an_agency_and_reported_in_section_six()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostAsync("/Supervision/WorkPoints?year=2026",
            new() { ["title"] = "推进基层政务公开标准化规范化建设", ["requirement"] = "完善本部门基本目录" }, pageUrl: "/Supervision/WorkPoints?year=2026")).StatusCode);

        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var page = await officer.GetAsync("/Register/WorkPoints?year=2026");
        var id = page.QuerySelector("form.work-point input[name=pointId]")!.GetAttribute("value")!;
        Assert.Contains("第1项：推进基层政务公开标准化规范化建设", page.QuerySelector("form.work-point legend")!.TextContent);
        var fields = new Dictionary<string, string> { ["pointId"] = id, ["department"] = "办公室", ["state"] = "Done", ["note"] = "修订主动公开基本目录，新增栏目12个" };
        var refused = await WebPage.ParseAsync(await officer.PostAsync("/Register/WorkPoints?year=2026", fields, pageUrl: "/Register/WorkPoints?year=2026"));
        Assert.Contains("请填写“佐证材料”", refused.QuerySelector("[role=alert]")!.TextContent);
        fields["evidence"] = "https://example.gov.cn/zwgk/ml";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Register/WorkPoints?year=2026", fields, pageUrl: "/Register/WorkPoints?year=2026")).StatusCode);

        var other = (await officer.GetAsync("/Reports/Edit/2026")).QuerySelector("textarea[name=Other]")!.TextContent;
        Assert.Contains("2026年上级下达政务公开工作要点1项，已完成1项、推进中0项、未开始0项。1.推进基层政务公开标准化规范化建设（办公室，已完成）：修订主动公开基本目录，新增栏目12个。", other);

        var office = (await supervisor.GetAsync("/Supervision/WorkPoints?year=2026")).QuerySelector("#points tbody tr")!;
        Assert.Equal("1", office.Children[2].TextContent);
        Assert.Contains($"{DemoData.AgencyName}：已完成（办公室）", office.Children[5].TextContent);
    }
}

public sealed class SqliteWorkPointsTests(GongkaiFactory factory) : WorkPointsTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresWorkPointsTests(PostgresFactory factory) : WorkPointsTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
