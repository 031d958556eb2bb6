using System.Net;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Register;

/// <summary>The guide and the basic catalogue: drafted from Art. 12, published and revised as versions, shown in the reading room, stated in the draft.</summary>
public sealed class GuideTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_guide_is_published_revised_with_a_reason_and_every_version_stays_readable()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var agency = factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName));
        var draft = (await officer.GetAsync("/Register/Guide?kind=Guide")).QuerySelector("textarea[name=Text]")!.TextContent;
        Assert.Contains("自收到申请之日起20个工作日内答复", draft);
        Assert.Contains(agency.Phone, draft);

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Register/Guide?kind=Guide", new() { ["Text"] = draft.Replace("【请填写机构名称】", "办公室", StringComparison.Ordinal) }, pageUrl: "/Register/Guide?kind=Guide")).StatusCode);
        var refused = await WebPage.ParseAsync(await officer.PostAsync("/Register/Guide?kind=Guide", new() { ["Text"] = draft + "\n六、其他。" }, pageUrl: "/Register/Guide?kind=Guide"));
        Assert.Contains("请在“修订说明”中写明本次修订了什么", refused.QuerySelector("#guide-error")!.TextContent);
        Assert.Equal("true", refused.QuerySelector("textarea[name=Text]")!.GetAttribute("aria-invalid"));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Register/Guide?kind=Guide", new() { ["Text"] = draft + "\n六、其他。", ["Change"] = "补充办公时间" }, pageUrl: "/Register/Guide?kind=Guide")).StatusCode);

        var visitor = factory.CreateClient();
        var room = await WebPage.ParseAsync(await visitor.GetAsync($"/Public/Agency/{agency.Id}"));
        Assert.Contains("政府信息公开指南（第2版，2026年11月25日修订）", room.QuerySelector("#guides")!.TextContent);
        var first = await WebPage.ParseAsync(await visitor.GetAsync($"/Public/Guide/{agency.Id}/Guide?version=1"));
        Assert.Contains("已被第2版取代", first.QuerySelector("#revised")!.TextContent);
        Assert.Contains("政府信息公开工作机构：办公室", first.QuerySelector("#guide")!.TextContent);

        var overview = (await officer.GetAsync("/Reports/Edit/2026")).QuerySelector("textarea[name=Overview]")!.TextContent;
        Assert.Contains("修订《政府信息公开指南》（2026年11月25日）。", overview);
    }
}
