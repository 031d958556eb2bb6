using Gongkai.Web.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>A person applies on a phone, keeps the code, follows the request and downloads the reply once the officer acts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicantJourneyTests(BrowserFixture fixture)
{
    private async Task<IPage> PhoneAsync()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            JavaScriptEnabled = false,
        });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task A_person_applies_tracks_and_downloads_the_reply_after_the_officer_decides()
    {
        var phone = await PhoneAsync();
        await phone.GotoAsync("/Public");
        await phone.Locator("tr", new() { HasText = Gongkai.Web.Infrastructure.DemoData.AgencyName }).GetByRole(AriaRole.Link, new() { Name = "申请公开政府信息" }).ClickAsync();
        await phone.GetByLabel("姓名或名称").FillAsync("何手机");
        await phone.GetByLabel("身份证件号码或统一社会信用代码").FillAsync("110101199606066789");
        await phone.GetByLabel("联系电话").FillAsync("13244445555");
        await phone.GetByLabel("所需政府信息的名称、文号或便于查询的特征描述").FillAsync("本县2026年医疗机构校验结果");
        await phone.GetByLabel("获取信息的方式").FillAsync("电子邮件");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(phone, "public-after-apply");
        var code = (await phone.Locator("#tracking-code").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z2-9]{16}$", code);
        await BrowserFixture.ScreenshotAsync(phone, "public-receipt");

        var officer = await fixture.NewPageAsync();
        await new LoginPage(officer).SignInAsync("officer@demo.gongkai");
        var id = fixture.Factory.Scoped(db => db.Requests.Single(r => r.TrackingCode == code).Id);
        await officer.GotoAsync($"/Requests/Details/{id}");
        await new RequestPage(officer).DecideAsync("予以公开（提供信息）", "");
        await BrowserFixture.ScreenshotAsync(officer, "officer-reply-draft");

        var head = await fixture.NewPageAsync();
        await new LoginPage(head).SignInAsync("head@demo.gongkai");
        await head.GotoAsync($"/Requests/Details/{id}");
        await new RequestPage(head).SignOffAsync();
        await BrowserFixture.ScreenshotAsync(head, "head-signed-off");

        await phone.GotoAsync("/Public/Track");
        await phone.GetByLabel("查询码").FillAsync(code);
        await phone.GetByLabel("联系电话或证件号码的后四位").FillAsync("5555");
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        Assert.Equal("已决定", await phone.Locator("#state").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(phone, "public-track");

        var download = await phone.RunAndWaitForDownloadAsync(() =>
            phone.GetByRole(AriaRole.Button, new() { Name = "下载 政府信息公开申请答复书" }).ClickAsync());
        var reply = OpenedLetter.Open(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Equal("政府信息公开申请答复书", reply.Paragraphs[0]);
        Assert.Contains("何手机：", reply.Text);
        Assert.Contains("第三十六条第（二）项", reply.Text);
    }

    [Fact]
    public async Task A_wrong_code_reveals_nothing()
    {
        var phone = await PhoneAsync();
        await phone.GotoAsync("/Public/Track");
        await phone.GetByLabel("查询码").FillAsync("ABCDEFGHJKLMNPQR");
        await phone.GetByLabel("联系电话或证件号码的后四位").FillAsync("1234");
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        Assert.Contains("没有找到与该查询码和号码相符的申请", await phone.Locator("main").InnerTextAsync());
        Assert.Equal(0, await phone.Locator("#result").CountAsync());
    }

    [Theory]
    [InlineData("/Public", "public-index")]
    [InlineData("/Public/Track", "public-track-form")]
    [InlineData("/Public/Search?q=卫生院 财务", "public-search")]
    [InlineData("/Public/Disclosure/1", "public-disclosure")]
    public async Task Public_pages_fit_a_phone_screen_without_javascript(string url, string name)
    {
        var phone = await PhoneAsync();
        await phone.GotoAsync(url);
        await BrowserFixture.ScreenshotAsync(phone, name);

        var overflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"{url} is wider than a phone screen");
    }

    [Theory]
    [InlineData("/Requests", "officer-worklist")]
    [InlineData("/Register/Disclosures", "register-disclosures")]
    [InlineData("/Register/Documents", "register-documents")]
    [InlineData("/Register/Decisions", "register-decisions")]
    [InlineData("/Register/Disclosure/1", "register-disclosure")]
    [InlineData("/Register/Work", "register-work")]
    [InlineData("/Register/WorkPoints", "register-work-points")]
    [InlineData("/Register/Guide", "register-guide")]
    [InlineData("/Register/Reviews", "register-reviews")]
    [InlineData("/Reports/Edit/2025", "report-edit")]
    [InlineData("/Approvals", "head-approvals", "head@demo.gongkai")]
    public async Task The_officers_main_pages_render_with_their_heading(string url, string name, string account = "officer@demo.gongkai")
    {
        var page = await fixture.NewPageAsync();
        await new LoginPage(page).SignInAsync(account);
        await page.GotoAsync(url);
        await BrowserFixture.ScreenshotAsync(page, name);

        Assert.NotEmpty((await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.DoesNotContain("出错了", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task The_guide_an_officer_publishes_is_read_in_the_reading_room_with_its_revision_date()
    {
        var page = await fixture.NewPageAsync();
        await new LoginPage(page).SignInAsync("officer@demo.gongkai");
        await page.GotoAsync("/Register/Guide?kind=Catalogue");
        await page.GetByLabel("内容").FillAsync("1．机构职能\n2．政策文件\n3．财政预决算");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        Assert.Contains("第1版", await page.Locator("#current").InnerTextAsync());
        var agency = fixture.Factory.Scoped(db => db.Agencies.Single(a => a.Name == Gongkai.Web.Infrastructure.DemoData.AgencyName).Id);

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync($"/Public/Agency/{agency}");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "政府信息主动公开基本目录" }).ClickAsync();
        Assert.Contains("财政预决算", await visitor.Locator("#guide").InnerTextAsync());
        Assert.Contains("（现行版本）", await visitor.Locator("#revised").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(visitor, "public-guide");
    }
}
