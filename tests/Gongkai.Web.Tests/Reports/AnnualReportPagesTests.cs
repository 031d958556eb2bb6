using System.Net;
using Gongkai.Documents.Reading;
using Gongkai.Reports;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Reports;

/// <summary>The year's report in the web app: draft, edit, export, publish to the reading room, lock and correct.</summary>
public sealed class AnnualReportPagesTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private int AgencyId => factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).Id);

    [Fact]
    public async Task Last_years_unpublished_report_is_overdue_after_31_January()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");

        var text = (await officer.GetAsync("/Reports")).Body!.TextContent;

        Assert.Contains("已逾期：2024年度报告应于2025年1月31日前发布", text);
    }

    [Fact]
    public async Task The_report_is_drafted_from_the_register_edited_exported_published_locked_and_corrected()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        // The demo's 2025 report is finished and clean; back to the draft, its prompts are errors until written out.
        Assert.DoesNotContain("[错误]", (await officer.GetAsync("/Reports/Edit/2025")).QuerySelector("#findings")?.TextContent ?? "");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Reports/Edit/2025?handler=Draft", [], pageUrl: "/Reports/Edit/2025")).StatusCode);
        var page = await officer.GetAsync("/Reports/Edit/2025");
        var findings = page.QuerySelector("#findings")!.TextContent;
        Assert.Contains("[错误] 第一部分有未替换的模板内容“【请补充", findings);
        Assert.DoesNotContain("[错误] 表", findings);
        var early = await (await WebPage.SignInAsync(factory, "head@demo.gongkai")).PostAsync("/Reports/Edit/2025?handler=Publish", [], pageUrl: "/Reports/Edit/2025");
        Assert.Contains("报告有错误，不能发布", (await WebPage.ParseAsync(early)).Body!.TextContent);
        var overview = page.QuerySelector("textarea[name=Overview]")!.TextContent;
        Assert.Contains("2025年，示例县卫生健康局（演示）认真贯彻落实《条例》", overview);

        var saved = await ReportDraft.FillInAsync(officer, 2025,
            text => text.Replace("（三）政府信息管理。", "（三）政府信息管理。全年通过政府网站发布信息。", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var docx = await officer.Client.GetByteArrayAsync("/Reports/Edit/2025?handler=Export&format=docx");
        var read = ReportReader.Read(docx);
        Assert.Contains("全年通过政府网站发布信息", read.SectionText[ReportSection.Overview]);
        Assert.Contains("公开内容不够全面", read.SectionText[ReportSection.Problems]);
        var tables = factory.Scoped(db => Gongkai.Data.Reports.ReportBuilder.BuildAsync(db, AgencyId, 2025).GetAwaiter().GetResult());
        Assert.Equal(Tables(tables), Tables(read));

        var head = await WebPage.SignInAsync(factory, "head@demo.gongkai");
        var unconfirmed = await head.PostAsync("/Reports/Edit/2025?handler=Publish", [], pageUrl: "/Reports/Edit/2025");
        Assert.Contains("请先勾选", (await WebPage.ParseAsync(unconfirmed)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostAsync("/Reports/Edit/2025?handler=Publish", Confirmed, pageUrl: "/Reports/Edit/2025")).StatusCode);
        var room = await factory.CreateClient().GetStringAsync($"/Public/Agency/{AgencyId}");
        Assert.Contains("示例县卫生健康局（演示）2025年政府信息公开工作年度报告", room);
        var published = await factory.CreateClient().GetStringAsync($"/Public/Report/{AgencyId}/2025");
        Assert.Contains("公开内容不够全面", published);
        // In the site's frame, with the way back to the reading room and the downloads.
        var publicPage = await new WebPage(factory.CreateClient()).GetAsync($"/Public/Report/{AgencyId}/2025");
        Assert.NotNull(publicPage.QuerySelector($"main a[href='/Public/Agency/{AgencyId}']"));
        Assert.NotNull(publicPage.QuerySelector("header"));
        var downloaded = ReportReader.Read(await factory.CreateClient().GetByteArrayAsync($"/Public/Report/{AgencyId}/2025?handler=Docx"));
        Assert.Contains("公开内容不够全面", downloaded.SectionText[ReportSection.Problems]);
        Assert.Equal(Tables(tables), Tables(downloaded));

        // A request received in the last days of 2025, registered after its report was published.
        Dictionary<string, string> LateRequest() => new()
        {
            ["Form.ApplicantType"] = "NaturalPerson",
            ["Form.Name"] = "晚登记",
            ["Form.IdNumber"] = "110101198001012222",
            ["Form.Phone"] = "13000002222",
            ["Form.Channel"] = "Post",
            ["Form.ReceivedOn"] = "2025-12-30",
            ["Form.Description"] = "某项信息",
            ["Form.DeliveryForm"] = "电子邮件",
        };
        var locked = await officer.PostAsync("/Requests/New", LateRequest());
        Assert.Contains("2025年度报告已于2026-11-25发布，这项修改会改变该年度报告的数据，没有保存", (await WebPage.ParseAsync(locked)).Body!.TextContent);
        var lockedCounts = await officer.PostAsync("/Register/Decisions?year=2025", new()
        {
            ["year"] = "2025",
            ["month"] = "3",
            ["licensing"] = "1",
            ["penalty"] = "0",
            ["enforcement"] = "0",
            ["feesWanYuan"] = "0",
        });
        Assert.Contains("这项修改会改变该年度报告的数据", (await WebPage.ParseAsync(lockedCounts)).Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await head.PostAsync("/Reports/Edit/2025?handler=Unlock", new() { ["Reason"] = "补登一件遗漏的申请" }, pageUrl: "/Reports/Edit/2025")).StatusCode);
        var late = await officer.PostAsync("/Requests/New", LateRequest());
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);

        // The saved narrative still states last edition's count of requests: publishing is refused with what to fix.
        var stale = await head.PostAsync("/Reports/Edit/2025?handler=Publish", Confirmed, pageUrl: "/Reports/Edit/2025");
        var refusal = (await WebPage.ParseAsync(stale)).Body!.TextContent;
        Assert.Contains("报告有错误，不能发布", refusal);
        Assert.Contains("正文称“全年共收到政府信息公开申请", refusal);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Reports/Edit/2025?handler=Draft", [], pageUrl: "/Reports/Edit/2025")).StatusCode);
        await ReportDraft.FillInAsync(officer, 2025);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostAsync("/Reports/Edit/2025?handler=Publish", Confirmed, pageUrl: "/Reports/Edit/2025")).StatusCode);

        var record = factory.Scoped(db => db.AnnualReports.Single(r => r.AgencyId == AgencyId && r.Year == 2025));
        Assert.Equal((ReportStatus.Published, 1, false), (record.Status, record.Corrections, record.Unlocked));
        Assert.Contains("解锁：补登一件遗漏的申请", record.Log);
        Assert.Contains("（更正）", await factory.CreateClient().GetStringAsync($"/Public/Agency/{AgencyId}"));
        Assert.Equal((2, 3), (record.NpcLead, record.CppccLead));
    }

    private static readonly Dictionary<string, string> Confirmed = new() { ["Confirm"] = "true" };

    [Fact]
    public async Task Negative_counts_are_refused_and_an_unedited_section_follows_the_fields()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var page = await officer.GetAsync("/Reports/Edit/2024");
        string Field(string name) => page.QuerySelector($"textarea[name={name}]")!.TextContent;
        Dictionary<string, string> Form(string npcLead, string cppccLead) => new()
        {
            ["Opening"] = Field("Opening"),
            ["Overview"] = Field("Overview"),
            ["Problems"] = Field("Problems"),
            ["Other"] = Field("Other"),
            ["NpcLead"] = npcLead,
            ["NpcAssist"] = "1",
            ["CppccLead"] = cppccLead,
            ["CppccAssist"] = "0",
            ["ProposalsCompleted"] = "true",
        };

        var negative = await officer.PostAsync("/Reports/Edit/2024", Form("2", "-3"));
        Assert.Contains("政协提案（主办）的件数不能为负数（填写的是-3）", (await WebPage.ParseAsync(negative)).Body!.TextContent);
        Assert.Null(factory.Scoped(db => db.AnnualReports.SingleOrDefault(r => r.AgencyId == AgencyId && r.Year == 2024)));

        // Saved as drafted, then the fields change: the section's counts follow them.
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Reports/Edit/2024", Form("0", "0"))).StatusCode);
        page = await officer.GetAsync("/Reports/Edit/2024");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Reports/Edit/2024", Form("2", "4"))).StatusCode);
        var other = (await officer.GetAsync("/Reports/Edit/2024")).QuerySelector("textarea[name=Other]")!.TextContent;
        Assert.Contains("办理人大代表建议3件（主办2件、协办1件），政协提案4件（主办4件、协办0件）", other);
        Assert.Equal("", factory.Scoped(db => db.AnnualReports.Single(r => r.AgencyId == AgencyId && r.Year == 2024).Other));
    }

    [Fact]
    public async Task Last_years_report_as_published_is_imported_to_check_this_year_against()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var report2023 = factory.Scoped(db => Gongkai.Data.Reports.ReportBuilder.BuildAsync(db, AgencyId, 2023).GetAwaiter().GetResult());
        var report2024 = factory.Scoped(db => Gongkai.Data.Reports.ReportBuilder.BuildAsync(db, AgencyId, 2024).GetAwaiter().GetResult());

        var wrongYear = await Upload(officer, 2024, "2024.docx", Gongkai.Documents.Writing.ReportDocx.Write(report2024));
        Assert.Contains("是2024年度报告，不是2023年度报告", (await WebPage.ParseAsync(wrongYear)).Body!.TextContent);
        var accepted = await Upload(officer, 2024, "2023年度报告.docx", Gongkai.Documents.Writing.ReportDocx.Write(report2023));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("2023年度报告.docx", factory.Scoped(db => db.AnnualReports.Single(r => r.AgencyId == AgencyId && r.Year == 2023).ImportedFileName));
    }

    private static Task<HttpResponseMessage> Upload(WebPage page, int year, string name, byte[] bytes) =>
        page.UploadAsync($"/Reports/Edit/{year}", $"/Reports/Edit/{year}?handler=ImportPrevious", name, bytes);

    private static string Tables(AnnualReport report) => string.Join("|", Gongkai.Documents.Writing.ReportJson.Tables(report).Select(t => $"{t.Key}={t.Value?.ToJsonString()}"));

    [Fact]
    public async Task Only_the_head_publishes()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");

        var response = await officer.PostAsync("/Reports/Edit/2024?handler=Publish", [], pageUrl: "/Reports/Edit/2024");

        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        Assert.Null(factory.Scoped(db => db.AnnualReports.SingleOrDefault(r => r.AgencyId == AgencyId && r.Year == 2024)));
    }
}
