using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>The supervising office in a real browser with JavaScript off: the dashboard, its filter, the consolidated page and charts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SupervisorJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_supervisor_finds_the_inconsistent_report_and_reads_the_consolidated_charts_without_JavaScript()
    {
        await fixture.Factory.DrainCollectionAsync();
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, Locale = "zh-CN", JavaScriptEnabled = false, ViewportSize = new() { Width = 1200, Height = 900 } });
        var page = await SignInAsync(await context.NewPageAsync());

        await page.GotoAsync("/Supervision?year=2025");
        await BrowserFixture.ScreenshotAsync(page, "supervision-dashboard");
        await page.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "有错误" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        var rows = page.Locator("#agencies tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains(DemoSupervision.FinanceName, await rows.InnerTextAsync());

        await rows.GetByRole(AriaRole.Link, new() { Name = "查看报告和核查结果" }).ClickAsync();
        Assert.Contains("六类申请人之和为9", await page.Locator("#findings").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "supervision-findings");

        await page.GotoAsync("/Supervision/Consolidated?year=2025");
        var charts = page.Locator("svg.chart");
        Assert.Equal(3, await charts.CountAsync());
        var bar = await charts.First.Locator("rect").First.BoundingBoxAsync();
        Assert.True(bar is { Width: > 10 }, "the largest bar of requests by agency is drawn");
        await BrowserFixture.ScreenshotAsync(page, "supervision-consolidated");
    }

    [Fact]
    public async Task A_report_returned_to_an_agency_in_Gongkai_is_corrected_by_its_head_and_the_office_sees_it_corrected()
    {
        await Reports.ReportDraft.FillInAsync(await WebPage.SignInAsync(fixture.BaseUrl, "officer@demo.gongkai"), 2025);
        var head = await WebPage.SignInAsync(fixture.BaseUrl, "head@demo.gongkai");
        await head.PostAsync("/Reports/Edit/2025?handler=Publish", new() { ["Confirm"] = "true" }, pageUrl: "/Reports/Edit/2025");
        await fixture.Factory.DrainCollectionAsync();

        var office = await SignInAsync(await fixture.NewPageAsync());
        await office.GotoAsync("/Supervision?year=2025");
        await office.Locator($"#agencies tr:has-text('{DemoData.AgencyName}')").GetByRole(AriaRole.Link, new() { Name = "查看报告和核查结果" }).ClickAsync();
        Assert.Equal("待审核", await office.Locator("#review-status").InnerTextAsync());
        await office.GetByLabel("审核发现的其他问题").FillAsync("第二部分未说明主动公开政府信息的发布渠道和数量");
        await office.GetByRole(AriaRole.Button, new() { Name = "记录问题" }).ClickAsync();
        await office.GetByLabel("整改期限").FillAsync("2026-12-09");
        await office.GetByRole(AriaRole.Button, new() { Name = "退回整改" }).ClickAsync();
        Assert.Equal("需整改", await office.Locator("#review-status").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(office, "supervision-returned");
        var returnedUrl = office.Url;

        var agency = await fixture.NewPageAsync();
        await new LoginPage(agency).SignInAsync("head@demo.gongkai");
        await agency.GotoAsync("/Reports/Edit/2025");
        var returned = await agency.Locator("#returned").InnerTextAsync();
        Assert.Contains("整改期限：2026年12月9日", returned);
        Assert.Contains("审核意见：第二部分未说明主动公开政府信息的发布渠道和数量", returned);
        await BrowserFixture.ScreenshotAsync(agency, "report-returned");
        await agency.GetByLabel("解锁更正的理由").FillAsync("按政务公开办整改通知补充发布渠道");
        await agency.GetByRole(AriaRole.Button, new() { Name = "解锁本年度数据" }).ClickAsync();
        await office.ReloadAsync();
        Assert.Equal("整改中", await office.Locator("#review-status").InnerTextAsync());
        await agency.GetByLabel("我已核对报告全文和表格，确认以本机关名义发布").CheckAsync();
        await agency.GetByRole(AriaRole.Button, new() { Name = "发布更正" }).ClickAsync();
        Assert.Contains("已于2026-11-25发布（更正1次）", await agency.Locator("#status").InnerTextAsync());
        await fixture.Factory.DrainCollectionAsync();

        await office.GotoAsync(returnedUrl);
        await office.GetByRole(AriaRole.Link, new() { Name = "更新的版本" }).ClickAsync();
        Assert.Equal("已整改", await office.Locator("#review-status").InnerTextAsync());
        Assert.Contains("已整改", await office.Locator("#rounds").InnerTextAsync());
        await office.GotoAsync("/Supervision/Corrections?year=2025");
        Assert.Contains(DemoData.AgencyName, await office.Locator("#ledger").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(office, "supervision-ledger");
        await office.GotoAsync("/Supervision/Copies?year=2025");
        await BrowserFixture.ScreenshotAsync(office, "supervision-copies");
        await office.GotoAsync("/Supervision/Consolidated?year=2025&scope=accepted");
        await BrowserFixture.ScreenshotAsync(office, "supervision-consolidated-accepted");
        await office.GotoAsync("/Supervision/Indicators?year=2025");
        Assert.Equal(1, await office.Locator("figure svg.chart").CountAsync());
        await BrowserFixture.ScreenshotAsync(office, "supervision-indicators");
        await office.GotoAsync("/Supervision/Hierarchy?year=2025");
        await BrowserFixture.ScreenshotAsync(office, "supervision-hierarchy");
        await office.GotoAsync("/Supervision/Requests");
        await BrowserFixture.ScreenshotAsync(office, "supervision-requests");
        var finance = fixture.Factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoSupervision.FinanceName).Id);
        await office.GotoAsync($"/Supervision/Compare?agency={finance}&year=2025");
        Assert.True(await office.Locator("#comparison mark").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(office, "supervision-compare");
        await office.GotoAsync("/Supervision/WorkPoints");
        await office.GetByLabel("工作要点").FillAsync("推进政策解读多样化");
        await office.GetByRole(AriaRole.Button, new() { Name = "下达" }).ClickAsync();
        Assert.Contains("推进政策解读多样化", await office.Locator("#points").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(office, "supervision-work-points");
    }

    /// <summary>The office's account signs in with a second factor: the code of the authenticator app.</summary>
    private static async Task<IPage> SignInAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("电子邮箱").FillAsync(DemoData.SupervisorEmail);
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByLabel("验证码").FillAsync(WebPage.TotpCode(DemoData.AuthenticatorKey));
        await BrowserFixture.ScreenshotAsync(page, "sign-in-second-factor");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        return page;
    }
}
