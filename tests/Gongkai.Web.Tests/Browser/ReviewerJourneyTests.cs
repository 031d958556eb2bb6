using Gongkai.Register;
using Gongkai.Web.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>A 保密审查 reviewer's queue in a real browser: what waits for their stage, opened, approved, on to 审签.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewerJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_secrecy_reviewer_finds_the_item_waiting_for_them_and_passes_it_to_the_head()
    {
        const string title = "关于公布本县2026年家庭医生签约服务团队名单的通知";
        var id = fixture.Factory.Scoped(db =>
        {
            var agency = db.Agencies.Single(a => a.Name == DemoData.AgencyName);
            var at = GongkaiFactory.Now;
            var item = Disclosure.Draft(agency.Id, title, "", "公共卫生", "政府网站", "现将签约服务团队名单公布如下。", "", DisclosureAttribute.Proactive, null, "李办事", at);
            item.Submit(DisclosureReviews.AllStages, "李办事", at);
            item.Review("李办事", [ReviewStage.Initial], true, null, at);
            item.Review("周业务", [ReviewStage.Business], true, null, at);
            db.Disclosures.Add(item);
            db.SaveChanges();
            return item.Id;
        });

        var page = await fixture.NewPageAsync();
        await new LoginPage(page).SignInAsync("secrecy@demo.gongkai");
        await page.GotoAsync("/Register/Reviews");
        await BrowserFixture.ScreenshotAsync(page, "reviewer-queue");
        Assert.Contains("保密审查", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "reviewer-item");
        await page.Locator("#review").GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
        await page.WaitForLoadStateAsync();

        Assert.Contains("待审签", await page.Locator("#state").InnerTextAsync());
        Assert.Equal(ReviewStage.SignOff, fixture.Factory.Scoped(db => db.Disclosures.Single(d => d.Id == id).CurrentStage));
    }
}
