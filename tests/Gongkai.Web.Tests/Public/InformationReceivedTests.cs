using System.Net;
using Gongkai.Requests;
using Gongkai.Web.Tests.Requests;

namespace Gongkai.Web.Tests.Public;

/// <summary>The applicant receives the information itself and answers a 补正 online, on the public tracking page.</summary>
public sealed class InformationReceivedTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% 抽检记录（可以公开的部分）\n%%EOF\n");

    private string Code(long id) => factory.Scoped(db => db.Requests.Single(r => r.Id == id).TrackingCode);

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> TrackAsync(long id) =>
        await WebPage.ParseAsync(await new WebPage(factory.CreateClient()).PostAsync("/Public/Track", new() { ["Code"] = Code(id), ["LastFour"] = "1234" }));

    [Fact]
    public async Task The_information_attached_to_a_reply_is_downloaded_by_the_applicant_once_the_reply_is_served()
    {
        var officer = await OfficerDesk.SignInAsync(factory);
        var id = await officer.RegisterAsync();
        await officer.OkAsync(id, "decide", "2026-11-25", new { outcome = "3.1" });

        var page = $"/Requests/Details/{id}";
        var wrongType = await officer.Page.UploadAsync(page, $"{page}?handler=Attach", [], [("files", "记录.exe", Pdf)]);
        Assert.Contains("类型不能上传", (await WebPage.ParseAsync(wrongType)).Body!.TextContent);
        var tooLarge = await officer.Page.UploadAsync(page, $"{page}?handler=Attach", [], [("files", "全部记录.pdf", new byte[RequestFile.MaxBytes + 1])]);
        Assert.Contains("超过20MB", (await WebPage.ParseAsync(tooLarge)).Body!.TextContent);
        var attached = await officer.Page.UploadAsync(page, $"{page}?handler=Attach", [], [("files", "抽检记录.pdf", Pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        Assert.Contains("抽检记录.pdf", (await officer.Page.GetAsync(page)).QuerySelector("#files")!.TextContent);

        var head = await OfficerDesk.SignInAsync(factory, "head@demo.gongkai");
        await head.OkAsync(id, "sign-off", "2026-11-25");
        Assert.Null((await TrackAsync(id)).QuerySelector("#files")); // not before the reply is served

        var noProof = await officer.StepAsync(id, "reply", "2026-11-25", new { delivery = "Post" });
        Assert.Contains("请填写送达凭证：邮件号", await noProof.Content.ReadAsStringAsync());
        await officer.OkAsync(id, "reply", "2026-11-25", new { delivery = "Email", note = "hanfuyi@example.cn" });
        var request = factory.Scoped(db => db.Requests.Single(r => r.Id == id));
        Assert.Equal((DeliveryMethod.Email, "hanfuyi@example.cn"), (request.ReplyDelivery, request.ReplyProof));

        var track = await TrackAsync(id);
        Assert.Contains("抽检记录.pdf", track.QuerySelector("#files")!.TextContent);
        var fileId = track.QuerySelector("#files input[name=fileId]")!.GetAttribute("value")!;
        var applicant = new WebPage(factory.CreateClient());
        var download = await applicant.PostAsync("/Public/Track?handler=File", new() { ["Code"] = Code(id), ["LastFour"] = "1234", ["fileId"] = fileId }, pageUrl: "/Public/Track");
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var wrongNumber = await applicant.PostAsync("/Public/Track?handler=File", new() { ["Code"] = Code(id), ["LastFour"] = "9999", ["fileId"] = fileId }, pageUrl: "/Public/Track");
        Assert.NotEqual(Pdf, await wrongNumber.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_refusal_carries_no_attachment()
    {
        var officer = await OfficerDesk.SignInAsync(factory);
        var id = await officer.RegisterAsync();
        await officer.OkAsync(id, "decide", "2026-11-25", new { outcome = "3.3.4", note = "涉及商业秘密" });

        var details = await officer.Page.GetAsync($"/Requests/Details/{id}");
        Assert.Null(details.QuerySelector("form[action*=Attach]"));
        var forced = await officer.Page.UploadAsync($"/Requests/Details/{id}", $"/Requests/Details/{id}?handler=Attach", [], [("files", "记录.pdf", Pdf)]);
        Assert.Contains("只有“予以公开（提供信息）”和“部分公开”", (await WebPage.ParseAsync(forced)).Body!.TextContent);
    }

    [Fact]
    public async Task The_applicant_answers_a_correction_online_and_the_period_restarts_that_day()
    {
        var officer = await OfficerDesk.SignInAsync(factory);
        var id = await officer.RegisterAsync("2026-11-20");
        await officer.OkAsync(id, "correction", "2026-11-23", new { note = "请写明抽检的批次或时间范围" });

        var track = await TrackAsync(id);
        Assert.Contains("期限暂停", track.QuerySelector("#due")!.TextContent);
        Assert.Contains("请写明抽检的批次或时间范围", track.QuerySelector("#correction-items")!.TextContent);

        var applicant = new WebPage(factory.CreateClient());
        var fields = new Dictionary<string, string> { ["Code"] = Code(id), ["LastFour"] = "1234", ["Answer"] = "" };
        var empty = await applicant.UploadAsync("/Public/Track", "/Public/Track?handler=Correction", fields, []);
        Assert.Contains("请写明补正的内容", (await WebPage.ParseAsync(empty)).Body!.TextContent);

        fields["Answer"] = "2026年第三季度的抽检批次";
        var answered = await applicant.UploadAsync("/Public/Track", "/Public/Track?handler=Correction", fields, [("files", "批次清单.pdf", Pdf)]);
        var page = await WebPage.ParseAsync(answered);
        Assert.Contains("补正材料已提交", page.Body!.TextContent);
        Assert.Contains("2026-12-23", page.QuerySelector("#due")!.TextContent); // 20 working days from Wednesday 25 November

        var request = factory.Scoped(db => db.Requests.Single(r => r.Id == id));
        Assert.Equal((RequestState.Received, new DateOnly(2026, 11, 25)), (request.State, request.ClockStart));
        var details = await officer.Page.GetAsync($"/Requests/Details/{id}");
        Assert.Contains("批次清单.pdf（申请人补正材料", details.QuerySelector("#files")!.TextContent);
        Assert.Contains("2026年第三季度的抽检批次", details.Body!.TextContent);
    }
}
