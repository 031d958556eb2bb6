using Gongkai.Web.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>An administrator signs in with the second factor, manages the agency's accounts and reads its audit log.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_administrator_signs_in_with_the_second_factor_and_sees_the_accounts_and_the_audit_log_in_chinese()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("电子邮箱").FillAsync("admin@demo.gongkai");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByLabel("验证码").FillAsync(WebPage.TotpCode(DemoData.AuthenticatorKey));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.GotoAsync("/Admin/Users");
        await BrowserFixture.ScreenshotAsync(page, "admin-users");
        var accounts = await page.Locator("#accounts").InnerTextAsync();
        Assert.Contains("信息公开工作人员", accounts);
        Assert.Contains("已启用两步验证", accounts);
        Assert.DoesNotContain("supervisor", accounts);

        // A refused field is marked for screen readers.
        await page.GetByLabel("初始密码（至少12位，不能是常见密码）").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        Assert.Equal("true", await page.GetByLabel("姓名", new() { Exact = true }).GetAttributeAsync("aria-invalid"));
        Assert.Contains("请填写姓名", await page.Locator("main").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "admin-users-refused");

        await page.GotoAsync("/Admin/Audit");
        await BrowserFixture.ScreenshotAsync(page, "admin-audit");
        var log = await page.Locator("#audit").InnerTextAsync();
        Assert.Contains("登录", log);
        Assert.Contains("赵管理（admin@demo.gongkai）", log);

        foreach (var (url, name) in new[] { ("/Admin/Agency", "admin-agency"), ("/Admin/Letters", "admin-letters"), ("/Admin/Calendar", "admin-calendar") })
        {
            await page.GotoAsync(url);
            await BrowserFixture.ScreenshotAsync(page, name);
            Assert.DoesNotContain("出错了", await page.Locator("main").InnerTextAsync());
        }
        Assert.DoesNotContain("（Receipt）", await page.Locator("main").InnerTextAsync());

        await page.GotoAsync("/Account/Password");
        await BrowserFixture.ScreenshotAsync(page, "account-password");
        Assert.Equal("修改密码", (await page.Locator("h1").InnerTextAsync()).Trim());
    }
}
