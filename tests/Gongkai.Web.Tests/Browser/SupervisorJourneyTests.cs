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
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("电子邮箱").FillAsync(DemoData.SupervisorEmail);
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // The office's account signs in with a second factor: the code of the authenticator app.
        await page.GetByLabel("验证码").FillAsync(WebPage.TotpCode(DemoData.AuthenticatorKey));
        await BrowserFixture.ScreenshotAsync(page, "sign-in-second-factor");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

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
}
