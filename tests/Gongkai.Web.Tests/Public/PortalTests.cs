using System.Net;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Public;

/// <summary>The applicant's side through the web app: apply, receipt, track, letters.</summary>
public sealed class PortalTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private int AgencyId => factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).Id);

    private static Dictionary<string, string> Application(string key, string name = "林公众", string phone = "13722223333") => new()
    {
        ["Form.ApplicantType"] = nameof(ApplicantType.NaturalPerson),
        ["Form.Name"] = name,
        ["Form.IdNumber"] = "11010119850505123X",
        ["Form.Phone"] = phone,
        ["Form.Address"] = "示例县幸福路3号",
        ["Form.Description"] = "2026年本县公立医院收费标准",
        ["Form.DeliveryForm"] = "电子邮件",
        ["SubmissionKey"] = key,
    };

    private async Task<(HttpClient Client, string Code)> ApplyAsync(string? key = null, string name = "林公众")
    {
        var page = new WebPage(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var url = $"/Public/Apply?agency={AgencyId}";
        var fields = Application(key ?? Guid.NewGuid().ToString("N"), name);
        fields["AgencyId"] = AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await page.PostAsync("/Public/Apply", fields, pageUrl: url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (page.Client, response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static async Task<string> TrackAsync(HttpClient client, string code, string lastFour)
    {
        var page = new WebPage(client);
        var response = await page.PostAsync("/Public/Track", new() { ["Code"] = code, ["LastFour"] = lastFour });
        return (await WebPage.ParseAsync(response)).Body!.TextContent;
    }

    [Fact]
    public async Task An_application_gets_a_receipt_with_an_unguessable_code_and_no_personal_data()
    {
        var (client, code) = await ApplyAsync();

        Assert.Matches("^[A-Z2-9]{16}$", code);
        var receipt = await client.GetStringAsync($"/Public/Receipt/{code}");
        Assert.Contains(code, receipt);
        Assert.DoesNotContain("林公众", receipt);
        Assert.DoesNotContain("13722223333", receipt);
        var request = factory.Scoped(db => db.Requests.Single(r => r.TrackingCode == code));
        Assert.Equal((RequestChannel.Online, RequestState.Received), (request.Channel, request.State));
    }

    [Fact]
    public async Task The_same_form_posted_twice_creates_one_request()
    {
        var key = Guid.NewGuid().ToString("N");
        var (_, first) = await ApplyAsync(key, "郑双击");
        var (_, second) = await ApplyAsync(key, "郑双击");

        Assert.Equal(first, second);
        Assert.Equal(1, factory.Scoped(db => db.Requests.Count(r => r.Applicant.Name == "郑双击")));
    }

    [Fact]
    public async Task Tracking_shows_state_and_letters_only_with_the_right_code_and_digits()
    {
        var (client, code) = await ApplyAsync();

        var found = await TrackAsync(client, code, "3333");
        Assert.Contains("办理中", found);
        Assert.Contains("政府信息公开申请接收回执", found);
        Assert.Contains("办理中", await TrackAsync(client, code, "123x")); // the last four of the ID number, in any case

        var wrongDigits = await TrackAsync(client, code, "0000");
        var wrongCode = await TrackAsync(client, "ABCDEFGHJKLMNPQR", "3333");
        Assert.Contains("没有找到与该查询码和号码相符的申请", wrongDigits);
        Assert.Equal(Result(wrongDigits), Result(wrongCode));
        Assert.DoesNotContain("办理中", wrongDigits);

        static string Result(string page) => page[page.IndexOf("没有找到", StringComparison.Ordinal)..];
    }

    [Fact]
    public async Task Invalid_applications_are_refused_per_field_in_chinese_and_store_nothing()
    {
        var page = new WebPage(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var before = factory.Scoped(db => db.Requests.Count());
        var fields = Application(Guid.NewGuid().ToString("N"));
        fields["AgencyId"] = AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Form.Phone"] = "电话";
        fields["Form.Description"] = "";

        var response = await page.PostAsync("/Public/Apply", fields, pageUrl: $"/Public/Apply?agency={AgencyId}");

        var text = (await WebPage.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("联系电话只能包含数字", text);
        Assert.Contains("请描述所需的政府信息", text);
        Assert.Equal(before, factory.Scoped(db => db.Requests.Count()));
    }

    [Fact]
    public async Task The_reply_letter_cites_the_article_the_remedies_and_is_laid_out_as_an_official_document()
    {
        var (_, code) = await ApplyAsync();
        var id = factory.Scoped(db => db.Requests.Single(r => r.TrackingCode == code).Id);
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var details = await officer.GetAsync($"/Requests/Details/{id}");
        var token = details.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = details.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var decided = await officer.PostWithTokenAsync($"/Requests/Details/{id}", new()
        {
            ["Step"] = "decide",
            ["Version"] = version,
            ["On"] = "2026-11-25",
            ["Outcome"] = "3.4.1",
            ["Note"] = "检索了本机关2020年以来的收文、发文登记和档案目录，未找到该信息",
        }, token);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var head = await WebPage.SignInAsync(factory, "head@demo.gongkai");
        var signing = await head.GetAsync($"/Requests/Details/{id}");
        var signed = await head.PostWithTokenAsync($"/Requests/Details/{id}", new()
        {
            ["Step"] = "sign-off",
            ["Version"] = signing.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["On"] = "2026-11-25",
        }, signing.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        var letters = factory.Scoped(db => db.Letters.Where(l => l.RequestId == id).OrderBy(l => l.Id).ToList());
        Assert.Equal([Gongkai.Letters.LetterKind.Receipt, Gongkai.Letters.LetterKind.Reply], letters.Select(l => l.Kind));
        var reply = OpenedLetter.Open(await officer.Client.GetByteArrayAsync($"/Requests/Letter/{letters[1].Id}"));
        Assert.Equal("政府信息公开申请答复书", reply.Paragraphs[0]);
        Assert.Matches(@"示卫公开复〔2026〕\d+号", reply.Paragraphs[1]);
        Assert.Equal("林公众：", reply.Paragraphs[2]);
        Assert.Contains("经检索，本机关没有您所申请公开的政府信息", reply.Text);
        Assert.Contains("第三十六条第（四）项的规定，现告知您该政府信息不存在", reply.Text);
        Assert.DoesNotContain("第（五）项", reply.Text); // 不属于本机关负责公开 is a different reply
        Assert.Contains("检索情况：检索了本机关2020年以来的收文、发文登记和档案目录，未找到该信息。", reply.Text);
        Assert.Contains("60日内向示例县人民政府申请行政复议", reply.Text); // the review body of the agency's profile
        Assert.Contains("6个月内依法向人民法院提起行政诉讼", reply.Text);
        Assert.Contains("示例县卫生健康局（演示）（印章）", reply.Text);
        Assert.Contains("2026年11月25日", reply.Text);
        Assert.Equal(("方正小标宋简体", 44, 2098), (reply.TitleFont, reply.TitleHalfPoints, reply.TopMarginTwips));

        var receipt = OpenedLetter.Open(letters[0].Docx);
        Assert.Contains("2026年12月23日之前（含当日）予以答复", receipt.Text); // received 25 November 2026, 20 working days
        Assert.Contains(code, receipt.Text);
    }

    [Fact]
    public async Task The_applicant_downloads_a_letter_with_the_code_and_no_one_else_can()
    {
        var (client, code) = await ApplyAsync();
        var letterId = factory.Scoped(db => db.Letters.Single(l => db.Requests.Any(r => r.Id == l.RequestId && r.TrackingCode == code)).Id);
        var page = new WebPage(client);

        var ok = await page.PostAsync("/Public/Track?handler=Letter", new() { ["Code"] = code, ["LastFour"] = "3333", ["letterId"] = $"{letterId}" }, pageUrl: "/Public/Track");
        var refused = await page.PostAsync("/Public/Track?handler=Letter", new() { ["Code"] = code, ["LastFour"] = "9999", ["letterId"] = $"{letterId}" }, pageUrl: "/Public/Track");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ok.Content.Headers.ContentType!.MediaType);
        Assert.Contains("接收回执", OpenedLetter.Open(await ok.Content.ReadAsByteArrayAsync()).Paragraphs[0]);
        Assert.Contains("没有找到与该查询码和号码相符的申请", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_reading_room_finds_chinese_titles_by_full_text_and_filters_by_category()
    {
        var client = factory.CreateClient();
        var all = await client.GetStringAsync($"/Public/Agency/{AgencyId}");
        Assert.Contains("行政处罚决定书", all);

        var found = await client.GetStringAsync($"/Public/Agency/{AgencyId}?q={Uri.EscapeDataString("疫苗接种")}");
        var twoCharacters = await client.GetStringAsync($"/Public/Agency/{AgencyId}?q={Uri.EscapeDataString("决算")}");
        var category = await client.GetStringAsync($"/Public/Agency/{AgencyId}?category={Uri.EscapeDataString("财政资金")}");

        Assert.Contains("没有找到相关信息", found);
        Assert.Contains("财务决算", twoCharacters);
        Assert.Contains("财政资金", category);
        Assert.DoesNotContain("机构职能</td>", category);
        var search = await client.GetStringAsync($"/Public/Agency/{AgencyId}?q={Uri.EscapeDataString("家庭医生签约")}");
        Assert.Contains("家庭医生签约服务经费使用情况", search);
    }
}
