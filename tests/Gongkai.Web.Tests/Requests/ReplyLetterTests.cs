using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gongkai.Letters;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Requests;

/// <summary>
/// The letters an applicant or a third party receives, opened with the Open XML SDK as Word would open them: what a review
/// body or a court reads (RULES.md, "Letters"; docs/replies.md).
/// </summary>
public sealed class ReplyLetterTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<(OfficerDesk Officer, long Id)> RegisterAsync(string receivedOn = "2026-11-24")
    {
        var officer = await OfficerDesk.SignInAsync(factory);
        return (officer, await officer.RegisterAsync(receivedOn));
    }

    private static Task<HttpResponseMessage> StepAsync(OfficerDesk officer, long id, string step, string on, object? more = null) => officer.StepAsync(id, step, on, more);

    private static Task OkAsync(OfficerDesk officer, long id, string step, string on, object? more = null) => officer.OkAsync(id, step, on, more);

    /// <summary>The head signs the drafted reply off; the issued letter is what the applicant receives.</summary>
    private async Task<OpenedLetter> SignedOffReplyAsync(long id)
    {
        var head = await OfficerDesk.SignInAsync(factory, "head@demo.gongkai");
        await OkAsync(head, id, "sign-off", "2026-11-25");
        return Letter(id, LetterKind.Reply);
    }

    private OpenedLetter Letter(long id, LetterKind kind) =>
        OpenedLetter.Open(factory.Scoped(db => db.Letters.Where(l => l.RequestId == id && l.Kind == kind).OrderBy(l => l.Id).Last().Docx));

    [Fact]
    public async Task A_refusal_is_worded_as_the_law_and_says_review_comes_first()
    {
        var (officer, id) = await RegisterAsync();
        await OkAsync(officer, id, "decide", "2026-11-25", new { outcome = "3.3.4", note = "抽检记录载有该企业的生产工艺参数，属于商业秘密" });

        var text = (await SignedOffReplyAsync(id)).Text;
        Assert.Contains("涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害", text);
        Assert.Contains("第十五条、第三十六条第（三）项的规定，本机关决定不予公开，理由是：抽检记录载有该企业的生产工艺参数，属于商业秘密。", text);
        Assert.DoesNotContain("保护第三方合法权益", text);
        Assert.Contains("应当先申请行政复议", text);
        Assert.Contains("60日内先向示例县人民政府申请行政复议", text);
        Assert.Contains("收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼", text);
        Assert.DoesNotContain("6个月", text);
    }

    [Fact]
    public async Task A_partial_disclosure_lists_each_withheld_part_and_both_remedies()
    {
        var (officer, id) = await RegisterAsync();
        var withheld = "抽检记录中检验人员的姓名和电话，属于个人隐私，依据条例第十五条不予公开\n内部审核意见，属于过程性信息，依据条例第十六条第二款不予公开";
        await OkAsync(officer, id, "decide", "2026-11-25", new { outcome = "3.2", fields = new Dictionary<string, string> { [Outcomes.Withheld] = withheld } });

        var text = (await SignedOffReplyAsync(id)).Text;
        Assert.Contains("第三十七条", text);
        Assert.Contains("1.抽检记录中检验人员的姓名和电话，属于个人隐私，依据条例第十五条不予公开；2.内部审核意见", text);
        Assert.Contains("对本答复中不予公开的部分不服，应当自收到本答复之日起60日内先向示例县人民政府申请行政复议", text);
        Assert.Contains("其他内容不服，可以自收到本答复之日起60日内向示例县人民政府申请行政复议，或者自收到本答复之日起6个月内", text);
    }

    [Fact]
    public async Task Information_of_another_agency_names_it_and_published_information_says_where()
    {
        var (officer, id) = await RegisterAsync();
        var missing = await StepAsync(officer, id, "decide", "2026-11-25", new { outcome = "3.4.1.elsewhere", note = "药品抽检由市场监管部门负责" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("负责公开该信息的机关名称", await missing.Content.ReadAsStringAsync());

        await OkAsync(officer, id, "decide", "2026-11-25", new
        {
            outcome = "3.4.1.elsewhere",
            note = "药品抽检由市场监管部门负责",
            fields = new Dictionary<string, string> { [Outcomes.ResponsibleAgency] = "示例县市场监督管理局", [Outcomes.ResponsibleContact] = "示例县人民路7号，电话0000-7654000" },
        });
        var elsewhere = (await SignedOffReplyAsync(id)).Text;
        Assert.Contains("第三十六条第（五）项", elsewhere);
        Assert.Contains("该政府信息由示例县市场监督管理局负责公开，联系方式：示例县人民路7号，电话0000-7654000。", elsewhere);

        var (_, published) = await RegisterAsync();
        await OkAsync(officer, published, "decide", "2026-11-25", new
        {
            outcome = "3.1.published",
            fields = new Dictionary<string, string> { [Outcomes.PublishedAt] = "示例县人民政府门户网站“药品监管”栏目" },
        });
        var told = (await SignedOffReplyAsync(published)).Text;
        Assert.Contains("已经主动公开。根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径：示例县人民政府门户网站“药品监管”栏目。", told);
    }

    [Fact]
    public async Task An_uncorrected_application_lapses_only_after_the_period_from_the_notices_service()
    {
        // Received Friday 9 October 2026 (after the National Day holiday); the notice gives 10 working days.
        var (officer, id) = await RegisterAsync("2026-10-09");
        await OkAsync(officer, id, "correction", "2026-10-12", new { note = "请写明抽检的批次或时间范围", days = 10 });
        Assert.Contains("自收到本告知书之日起10个工作日内提交补正材料", Letter(id, LetterKind.CorrectionNotice).Text);

        var unserved = await StepAsync(officer, id, "uncorrected", "2026-11-20");
        Assert.Contains("请先登记补正告知书送达申请人的日期", await unserved.Content.ReadAsStringAsync());
        await OkAsync(officer, id, "served", "2026-10-14");

        var details = await officer.Page.GetAsync($"/Requests/Details/{id}");
        Assert.Contains("告知的期限至2026-10-28届满；2026-10-29起方可认定", details.QuerySelector("#lapse")!.TextContent);
        var early = await StepAsync(officer, id, "uncorrected", "2026-10-28");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("2026-10-29起方可认定", await early.Content.ReadAsStringAsync());
        var future = await StepAsync(officer, id, "uncorrected", "2026-12-01");
        Assert.Contains("办理日期不能晚于今天", await future.Content.ReadAsStringAsync());

        await OkAsync(officer, id, "uncorrected", "2026-10-29");
        var reply = (await SignedOffReplyAsync(id)).Text;
        Assert.Contains("本机关于2026年10月12日向您发出补正告知书，请您自收到之日起10个工作日内补正。您无正当理由逾期未补正", reply);
        Assert.DoesNotContain("申请人无正当理由", reply); // the applicant is addressed, not spoken of
    }

    [Fact]
    public async Task A_fee_notice_states_basis_standard_amount_and_payment_and_comes_within_the_period()
    {
        var (officer, id) = await RegisterAsync();
        var noPayment = await StepAsync(officer, id, "fee", "2026-11-25", new { feeMethod = "PerPage", quantity = 150 });
        Assert.Contains("请写明缴费方式", await noPayment.Content.ReadAsStringAsync());

        await OkAsync(officer, id, "fee", "2026-11-25", new { feeMethod = "PerPage", quantity = 150, note = "汇入示例县财政局非税收入专户（账号0000 0000 0000）" });
        var text = Letter(id, LetterKind.FeeNotice).Text;
        Assert.Contains("本机关决定收取信息处理费", text);
        Assert.DoesNotContain("应按", text);
        Assert.Contains("国办函〔2020〕109号", text);
        Assert.Contains("收费标准：按量计收：共150页，第1—30页免费；第31—100页70页×10元=700元；第101—150页50页×20元=1000元；合计1700元。", text);
        Assert.Contains("应缴金额：1700元。缴纳方式：汇入示例县财政局非税收入专户（账号0000 0000 0000）。", text);
        Assert.Contains("自收到本通知书次日起20个工作日内缴纳", text);

        await OkAsync(officer, id, "waive", "2026-11-25", new { note = "申请人为低保对象，予以免收" });
        var request = factory.Scoped(db => db.Requests.Single(r => r.Id == id));
        Assert.Equal((RequestState.Received, true), (request.State, request.FeeWaived));
    }

    [Fact]
    public async Task Mass_applications_get_the_reasons_notice_then_a_delayed_reply_notice()
    {
        var (officer, id) = await RegisterAsync();
        var direct = await StepAsync(officer, id, "decide", "2026-11-25", new { outcome = "3.5.4", note = "申请过多" });
        Assert.Contains("须先要求申请人说明理由", await direct.Content.ReadAsStringAsync());

        await OkAsync(officer, id, "ask-reasons", "2026-11-25", new { note = "您本月已向本机关提出同类申请45件" });
        Assert.Contains("您本月已向本机关提出同类申请45件，申请公开政府信息的数量、频次明显超过合理范围", Letter(id, LetterKind.ReasonsNotice).Text);

        await OkAsync(officer, id, "reasons", "2026-11-25", new { note = "课题研究需要", reasonable = true, until = "2027-02-26" });
        Assert.Contains("将在2027年2月26日之前（含当日）予以答复", Letter(id, LetterKind.DelayNotice).Text);
        Assert.Equal(new DateOnly(2027, 2, 26), factory.Scoped(db => db.Requests.Single(r => r.Id == id).DueOn));
    }

    [Fact]
    public async Task Disclosing_over_a_third_partys_objection_first_sends_it_the_written_notice()
    {
        var (officer, id) = await RegisterAsync();
        await OkAsync(officer, id, "consult", "2026-11-25", new { note = "示例药业有限公司" });
        var details = await officer.Page.GetAsync($"/Requests/Details/{id}");
        Assert.Contains("征求意见的期限至2026-12-16届满", details.QuerySelector("#consultation")!.TextContent);
        await OkAsync(officer, id, "consulted", "2026-11-25", new { answer = "Objected", note = "涉及商业秘密" });

        var refused = await StepAsync(officer, id, "decide", "2026-11-25", new { outcome = "3.1" });
        Assert.Contains("须先将决定公开的内容和理由书面告知第三方", await refused.Content.ReadAsStringAsync());
        await OkAsync(officer, id, "notify-third-party", "2026-11-25", new { note = "公开抽检结论，因其涉及公众用药安全，不公开可能对公共利益造成重大影响" });
        await OkAsync(officer, id, "decide", "2026-11-25", new { outcome = "3.1" });

        var notice = factory.Scoped(db => db.Letters.Single(l => l.RequestId == id && l.Kind == LetterKind.ThirdPartyDisclosureNotice));
        Assert.False(notice.ToApplicant);
        var text = OpenedLetter.Open(notice.Docx).Text;
        Assert.Contains("示例药业有限公司：", text);
        Assert.Contains("决定公开的政府信息内容和理由如下：公开抽检结论，因其涉及公众用药安全", text);
    }

    [Fact]
    public async Task A_reply_is_drafted_edited_returned_or_signed_off_before_it_reaches_the_applicant()
    {
        var (officer, id) = await RegisterAsync();
        await OkAsync(officer, id, "decide", "2026-11-25", new { outcome = "3.3.5", note = "属于本机关人事管理信息" });
        Assert.Contains("须经负责人签发后才能送达", await (await StepAsync(officer, id, "reply", "2026-11-25")).Content.ReadAsStringAsync());
        var draft = factory.Scoped(db => db.Letters.Single(l => l.RequestId == id && l.Kind == LetterKind.Reply));
        Assert.Null(draft.Number);

        // The officer edits the free text; the remedies must stay word for word.
        var details = await officer.Page.GetAsync($"/Requests/Details/{id}");
        Assert.Contains("属于本机关人事管理信息", details.QuerySelector("#reply-draft")!.TextContent);
        var token = details.QuerySelector("form[action*=EditLetter] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var noRemedies = await officer.Page.PostWithTokenAsync($"/Requests/Details/{id}?handler=EditLetter", new() { ["LetterBody"] = "韩复议：\n不予公开。" }, token);
        Assert.Contains("须保留告知救济途径的原文", (await WebPage.ParseAsync(noRemedies)).Body!.TextContent);
        var edited = draft.Body.Replace("属于本机关人事管理信息", "属于本机关干部考察的人事管理信息", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Page.PostWithTokenAsync($"/Requests/Details/{id}?handler=EditLetter", new() { ["LetterBody"] = edited }, token)).StatusCode);

        // The officer cannot sign off; the head returns it, and the officer decides again.
        Assert.Contains("负责人", await (await StepAsync(officer, id, "sign-off", "2026-11-25")).Content.ReadAsStringAsync());
        var head = await OfficerDesk.SignInAsync(factory, "head@demo.gongkai");
        await OkAsync(head, id, "return-decision", "2026-11-25", new { note = "理由应写明具体的人事信息类别" });
        Assert.Empty(factory.Scoped(db => db.Letters.Where(l => l.RequestId == id && l.Kind == LetterKind.Reply).ToList()));
        await OkAsync(officer, id, "decide", "2026-11-25", new { outcome = "3.3.5", note = "属于本机关干部考察的人事管理信息" });
        var code = factory.Scoped(db => db.Requests.Single(r => r.Id == id).TrackingCode);
        async Task<string> TrackAsync() => await (await factory.CreateClient().PostAsJsonAsync("/api/public/track", new { code, lastFour = "1234" })).Content.ReadAsStringAsync();
        var track = await TrackAsync();
        Assert.Contains("接收回执", track);
        Assert.DoesNotContain("答复书", track);

        var issued = await SignedOffReplyAsync(id);
        Assert.Matches(@"示卫公开复〔2026〕\d+号", issued.Paragraphs[1]);
        Assert.Contains("属于本机关干部考察的人事管理信息", issued.Text);
        Assert.Contains("答复书", await TrackAsync());
        await OkAsync(officer, id, "reply", "2026-11-25", new { delivery = "Email", note = "hanfuyi@example.cn" });
    }

    [Fact]
    public async Task No_reply_leaves_without_a_proper_review_body()
    {
        var admin = await WebPage.SignInAsync(factory, "admin@demo.gongkai");
        var refused = await admin.PostAsync("/Admin/Agency", new() { ["ReviewRoute"] = "Department", ["ReviewBody"] = "本级人民政府" });
        var page = await WebPage.ParseAsync(refused);
        Assert.Contains("不是机关的名称", page.Body!.TextContent);
        Assert.Equal("true", page.QuerySelector("#ReviewBody")!.GetAttribute("aria-invalid"));
        Assert.Equal("示例县人民政府", factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).ReviewBody));

        var vertical = await admin.PostAsync("/Admin/Agency", new() { ["ReviewRoute"] = "VerticallyManaged", ["ReviewBody"] = "示例县人民政府" });
        Assert.Contains("上一级主管部门", (await WebPage.ParseAsync(vertical)).Body!.TextContent);
    }
}
