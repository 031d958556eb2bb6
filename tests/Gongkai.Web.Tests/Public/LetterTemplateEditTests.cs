using System.Net;
using Gongkai.Letters;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Public;

/// <summary>An admin changes a letter's words without code changes; the next letter uses them.</summary>
public sealed class LetterTemplateEditTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task An_edited_receipt_template_is_used_for_the_next_request_and_a_typo_is_refused()
    {
        var admin = await WebPage.SignInAsync(factory, "admin@demo.gongkai");
        var typo = await admin.PostAsync("/Admin/Letters", new() { ["Key"] = "Receipt", ["Title"] = "接收回执", ["Body"] = "{{申请人}}：\n收到{{申请日}}的申请。" });
        Assert.Contains("未知的占位符：{{申请日}}", (await WebPage.ParseAsync(typo)).Body!.TextContent);

        var saved = await admin.PostAsync("/Admin/Letters", new()
        {
            ["Key"] = "Receipt",
            ["Title"] = "政府信息公开申请登记回执",
            ["Body"] = "{{申请人}}：\n本机关已登记您于{{收到日期}}提交的申请，查询码{{查询码}}。咨询电话{{联系电话}}。",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var created = await officer.PostAsync("/Requests/New", new()
        {
            ["Form.ApplicantType"] = "NaturalPerson",
            ["Form.Name"] = "曹模板",
            ["Form.IdNumber"] = "110101198001011111",
            ["Form.Phone"] = "13000001111",
            ["Form.Channel"] = "Post",
            ["Form.ReceivedOn"] = "2026-11-24",
            ["Form.Description"] = "某项信息",
            ["Form.DeliveryForm"] = "电子邮件",
        });
        var id = long.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var receipt = factory.Scoped(db => db.Letters.Single(l => l.RequestId == id && l.Kind == LetterKind.Receipt));
        var text = OpenedLetter.Open(receipt.Docx);
        Assert.Equal("政府信息公开申请登记回执", text.Paragraphs[0]);
        Assert.Contains("本机关已登记您于2026年11月24日提交的申请", text.Text);
        Assert.Contains("咨询电话0000-1234567", text.Text);
    }

    [Fact]
    public async Task A_review_recorded_on_a_decided_request_is_listed_with_the_agencys_cases()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var decided = factory.Scoped(db => db.Requests.First(r => db.Agencies.Any(a => a.Id == r.AgencyId && a.Name == DemoData.AgencyName) && r.OutcomeCode == "3.4.1"));

        var response = await officer.PostAsync($"/Requests/Details/{decided.Id}?handler=Case",
            new() { ["kind"] = "Review", ["filedOn"] = "2026-11-20", ["body"] = "示例县人民政府" }, pageUrl: $"/Requests/Details/{decided.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cases = (await officer.GetAsync("/Requests/Cases")).Body!.TextContent;
        Assert.Contains(decided.Number, cases);
        Assert.Contains("示例县人民政府", cases);
        Assert.Contains("尚未审结", cases);
    }
}
