using System.Net;
using Gongkai.Register;

namespace Gongkai.Web.Tests.Register;

/// <summary>A disclosure drafted in Gongkai through the demo agency's four reviewers, a return at 保密审查, publication and withdrawal.</summary>
public abstract class DisclosureReviewPagesTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    private const string Title = "关于2026年度本县医疗机构校验结果的公告";

    private static async Task<HttpResponseMessage> PostAsync(WebPage page, int id, string handler, Dictionary<string, string>? fields = null) =>
        await page.PostAsync($"/Register/Disclosure/{id}?handler={handler}", fields ?? [], pageUrl: $"/Register/Disclosure/{id}");

    private DisclosureState State(int id) => factory.Scoped(db => db.Disclosures.Single(d => d.Id == id).State);

    [Fact]
    public async Task A_draft_passes_four_reviewers_is_returned_once_published_with_its_signature_and_withdrawn()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var drafted = await officer.UploadAsync("/Register/Disclosures", "/Register/Disclosures", new()
        {
            ["Title"] = Title,
            ["Category"] = "行政许可",
            ["Channel"] = "政府网站",
            ["PublishedOn"] = "2026-11-25",
            ["Body"] = "经校验，下列医疗机构校验合格。",
            ["ForReview"] = "true",
            ["Attribute"] = nameof(DisclosureAttribute.Proactive),
        }, Array.Empty<(string, string, byte[])>());
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var id = factory.Scoped(db => db.Disclosures.Single(d => d.Title == Title).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/Public/Disclosure/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, id, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, id, "Review", new() { ["approve"] = "true" })).StatusCode);
        var business = await WebPage.SignInAsync(factory, "business@demo.gongkai");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(business, id, "Review", new() { ["approve"] = "true", ["Opinion"] = "内容准确" })).StatusCode);

        // 保密审查 returns it with the reason; the drafter sees why, corrects and sends it again.
        var secrecy = await WebPage.SignInAsync(factory, "secrecy@demo.gongkai");
        Assert.Contains(Title, (await secrecy.GetAsync("/Register/Reviews")).QuerySelector("#waiting")!.TextContent);
        Assert.Contains("没有待审核的信息", (await business.GetAsync("/Register/Reviews")).Body!.TextContent);
        var returned = await PostAsync(secrecy, id, "Review", new() { ["approve"] = "false", ["Opinion"] = "名单中含有负责人的手机号码，请删除" });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(DisclosureState.Draft, State(id));
        Assert.Contains("名单中含有负责人的手机号码", (await officer.GetAsync($"/Register/Disclosure/{id}")).QuerySelector("#history")!.TextContent);

        await PostAsync(officer, id, "Submit");
        await PostAsync(officer, id, "Review", new() { ["approve"] = "true" });
        await PostAsync(business, id, "Review", new() { ["approve"] = "true" });
        await PostAsync(secrecy, id, "Review", new() { ["approve"] = "true" });
        var head = await WebPage.SignInAsync(factory, "head@demo.gongkai");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(head, id, "Review", new() { ["approve"] = "true" })).StatusCode);
        Assert.Equal(DisclosureState.Published, State(id));

        var page = await new WebPage(factory.CreateClient()).GetAsync($"/Public/Disclosure/{id}");
        Assert.Equal("初审：李办事；业务审核：周业务；保密审查：吴保密；审签：王科长", page.QuerySelector("#signature")!.TextContent.Trim());

        var noReason = await PostAsync(head, id, "Withdraw");
        Assert.Contains("请写明撤回的理由", (await WebPage.ParseAsync(noReason)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(head, id, "Withdraw", new() { ["Reason"] = "校验结果更正后另行公告" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/Public/Disclosure/{id}")).StatusCode);
    }
}

public sealed class SqliteDisclosureReviewPagesTests(GongkaiFactory factory) : DisclosureReviewPagesTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresDisclosureReviewPagesTests(PostgresFactory factory) : DisclosureReviewPagesTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
