using Gongkai.Web.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>An officer's day in a real browser (Debian's Chromium) against the app on Kestrel.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficerJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_registers_asks_for_a_correction_decides_and_the_request_leaves_the_worklist()
    {
        var page = await fixture.NewPageAsync();
        var worklist = await new LoginPage(page).SignInAsync("officer@demo.gongkai");
        Assert.Contains("演示机关", await page.Locator(".demo-banner").InnerTextAsync());

        var request = await (await worklist.RegisterNewAsync()).RegisterAsync("周浏览", "110101199404045678", "13566667777", "本县2026年疫苗接种点名单");
        var number = await request.NumberAsync();
        var url = request.Url;
        Assert.Equal("办理中", await request.StateAsync());
        Assert.Contains(number, await (await worklist.OpenAsync()).TextAsync());

        await page.GotoAsync(url);
        await request.RequestCorrectionAsync("请写明所需名单的区域范围");
        Assert.Equal("待补正", await request.StateAsync());
        await request.ReceiveCorrectionAsync();
        Assert.Equal("办理中", await request.StateAsync());
        await request.DecideAsync("予以公开（提供信息）", "");
        Assert.Equal("已决定", await request.StateAsync());
        await BrowserFixture.ScreenshotAsync(page, "request-decided");

        var text = await (await worklist.OpenAsync()).TextAsync();
        Assert.DoesNotContain(number, text);
        Assert.DoesNotContain("110101199404045678", text);
        await BrowserFixture.ScreenshotAsync(page, "worklist");
    }

    [Fact]
    public async Task An_officer_of_another_agency_gets_nothing_of_the_request_by_its_url()
    {
        var owner = await fixture.NewPageAsync();
        var worklist = await new LoginPage(owner).SignInAsync("officer@demo.gongkai");
        var request = await (await worklist.RegisterNewAsync()).RegisterAsync("吴隔离", "110101199505056789", "13455556666", "某学校食堂卫生检查记录");

        var stranger = await fixture.NewPageAsync();
        await new LoginPage(stranger).SignInAsync(DemoData.OtherOfficerEmail);
        var response = await stranger.GotoAsync(request.Url);

        Assert.Equal(404, response!.Status);
        Assert.Contains("未找到", await stranger.Locator("main").InnerTextAsync());
        var content = await stranger.ContentAsync();
        Assert.DoesNotContain("吴隔离", content);
        Assert.DoesNotContain("110101199505056789", content);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_chinese()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("电子邮箱").FillAsync("officer@demo.gongkai");
        await page.GetByLabel("密码").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        Assert.Contains("电子邮箱或密码不正确", await page.Locator("main").InnerTextAsync());
    }
}
