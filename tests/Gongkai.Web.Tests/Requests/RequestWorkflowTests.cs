using System.Net;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Requests;

/// <summary>The officer's work through the web app on a real SQLite file: register, advance, see the worklist change.</summary>
public sealed class RequestWorkflowTests : IClassFixture<GongkaiFactory>
{
    private readonly GongkaiFactory _factory;

    public RequestWorkflowTests(GongkaiFactory factory) => _factory = factory;

    private static Dictionary<string, string> NewRequest(string name, string idNumber, string phone) => new()
    {
        ["Form.ApplicantType"] = nameof(ApplicantType.NaturalPerson),
        ["Form.Name"] = name,
        ["Form.IdNumber"] = idNumber,
        ["Form.Phone"] = phone,
        ["Form.Address"] = "示例县测试路9号",
        ["Form.Channel"] = nameof(RequestChannel.InPerson),
        ["Form.ReceivedOn"] = "2026-11-24",
        ["Form.Description"] = "2026年本县医疗废物处置监督检查结果",
        ["Form.DeliveryForm"] = "电子邮件",
    };

    private async Task<(WebPage Page, long Id)> RegisterAsync(string name = "赵测试", string idNumber = "110101199202023456", string phone = "13911112222")
    {
        var page = await WebPage.SignInAsync(_factory, "officer@demo.gongkai");
        var response = await page.PostAsync("/Requests/New", NewRequest(name, idNumber, phone));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return (page, id);
    }

    private static Task<HttpResponseMessage> Step(WebPage page, long id, string step, Dictionary<string, string>? more = null, int? version = null)
    {
        var fields = new Dictionary<string, string> { ["Step"] = step, ["On"] = "2026-11-25", ["Note"] = "" };
        foreach (var (k, v) in more ?? []) fields[k] = v;
        return StepWithVersion(page, id, fields, version);
    }

    private static async Task<HttpResponseMessage> StepWithVersion(WebPage page, long id, Dictionary<string, string> fields, int? version)
    {
        var document = await page.GetAsync($"/Requests/Details/{id}");
        fields["Version"] = version?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ?? document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await page.PostWithTokenAsync($"/Requests/Details/{id}", fields, token);
    }

    [Fact]
    public async Task Health_check_answers_when_the_database_is_reachable()
    {
        var response = await _factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_registered_request_shows_its_deadline_and_the_applicant_in_full_to_its_officer()
    {
        var (page, id) = await RegisterAsync();

        var details = await page.GetAsync($"/Requests/Details/{id}");

        Assert.Contains("110101199202023456", details.Body!.TextContent);
        Assert.Contains("办理中", details.QuerySelector("#state")!.TextContent);
        // Received Tuesday 24 November 2026: the 20th working day after is 22 December.
        Assert.StartsWith("2026-12-22", details.QuerySelector("#due")!.TextContent);
    }

    [Fact]
    public async Task The_worklist_masks_personal_data()
    {
        var (page, _) = await RegisterAsync("钱多多", "110101199303034567", "13733334444");

        var worklist = (await page.GetAsync("/Requests?Filter=all")).Body!.TextContent;

        Assert.Contains("钱*", worklist);
        Assert.DoesNotContain("钱多多", worklist);
        Assert.DoesNotContain("110101199303034567", worklist);
        Assert.DoesNotContain("13733334444", worklist);
    }

    [Fact]
    public async Task Correction_then_decision_takes_the_request_off_the_worklist()
    {
        var (page, id) = await RegisterAsync();
        var number = _factory.Scoped(db => db.Requests.Single(r => r.Id == id).Number);
        Assert.Contains(number, (await page.GetAsync("/Requests")).Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await Step(page, id, "correction", new() { ["Note"] = "请写明检查的时间范围" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Step(page, id, "corrected")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Step(page, id, "decide", new() { ["Outcome"] = "3.1" })).StatusCode);

        var request = _factory.Scoped(db => db.Requests.Include(r => r.History).Single(r => r.Id == id));
        Assert.Equal((RequestState.Decided, "3.1", (DateOnly?)null), (request.State, request.OutcomeCode, request.DueOn));
        Assert.Equal(["登记收到申请", "要求补正", "收到补正材料", "决定：予以公开（提供信息）"], request.History.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.DoesNotContain(number, (await page.GetAsync("/Requests")).Body!.TextContent);
    }

    [Fact]
    public async Task An_illegal_step_is_refused_with_a_reason_and_changes_nothing()
    {
        var (page, id) = await RegisterAsync();

        var response = await Step(page, id, "reply");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("当前为“办理中”，不能登记送达", (await WebPage.ParseAsync(response)).Body!.TextContent);
        Assert.Equal(RequestState.Received, _factory.Scoped(db => db.Requests.Single(r => r.Id == id).State));
    }

    [Fact]
    public async Task The_second_of_two_officers_saving_the_same_request_gets_a_conflict_and_nothing_is_lost()
    {
        var (first, id) = await RegisterAsync();
        var second = await WebPage.SignInAsync(_factory, "head@demo.gongkai");
        var seen = _factory.Scoped(db => db.Requests.Single(r => r.Id == id).Version);

        Assert.Equal(HttpStatusCode.Redirect, (await Step(first, id, "decide", new() { ["Outcome"] = "3.1" }, seen)).StatusCode);
        var late = await Step(second, id, "decide", new() { ["Outcome"] = "3.3.4", ["Note"] = "涉及第三方商业秘密" }, seen);

        var page = await WebPage.ParseAsync(late);
        Assert.Contains("已被其他人修改过", page.QuerySelector(".conflict")!.TextContent);
        Assert.Contains("涉及第三方商业秘密", page.Body!.TextContent); // the second officer's words are still in the form
        Assert.Equal("3.1", _factory.Scoped(db => db.Requests.Single(r => r.Id == id).OutcomeCode));
    }

    [Fact]
    public async Task An_officer_of_another_agency_cannot_see_the_request_by_url_or_in_lists()
    {
        var (_, id) = await RegisterAsync();
        var other = await WebPage.SignInAsync(_factory, DemoData.OtherOfficerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/Requests/Details/{id}")).StatusCode);
        var number = _factory.Scoped(db => db.Requests.Single(r => r.Id == id).Number);
        Assert.DoesNotContain(number, (await other.GetAsync("/Requests?Filter=all")).Body!.TextContent);
    }

    [Fact]
    public async Task An_extension_is_approved_by_the_head_only()
    {
        var (officer, id) = await RegisterAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Step(officer, id, "extension", new() { ["Note"] = "需要调取多个科室的档案" })).StatusCode);

        var denied = await officer.Client.GetAsync("/Approvals");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString);

        var head = await WebPage.SignInAsync(_factory, "head@demo.gongkai");
        var version = _factory.Scoped(db => db.Requests.Single(r => r.Id == id).Version);
        var approved = await head.PostAsync("/Approvals?handler=Approve", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, pageUrl: "/Approvals");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var request = _factory.Scoped(db => db.Requests.Single(r => r.Id == id));
        Assert.True(request.Extended);
        Assert.Equal(new DateOnly(2027, 1, 19), request.DueOn); // 40 working days, 2027 by weekends only
    }

    [Fact]
    public async Task A_per_application_fee_counts_the_same_applicants_requests_in_the_month()
    {
        WebPage? page = null;
        long id = 0;
        for (var i = 0; i < 11; i++) (page, id) = await RegisterAsync("冯频繁", "110101197707077777", "13577778888");

        var response = await Step(page!, id, "fee", new() { ["FeeMethod"] = nameof(FeeMethod.PerApplication), ["Note"] = "到本机关财务室缴纳" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = _factory.Scoped(db => db.Requests.Single(r => r.Id == id));
        Assert.Equal((RequestState.AwaitingFee, 100m), (request.State, request.FeeAmount)); // the 11th in the month: 100 yuan
    }

    [Fact]
    public async Task Invalid_registrations_are_refused_field_by_field_in_chinese()
    {
        var page = await WebPage.SignInAsync(_factory, "officer@demo.gongkai");
        var fields = NewRequest("", "110101199202023456", "not-a-phone");
        fields["Form.Description"] = "";

        var response = await page.PostAsync("/Requests/New", fields);

        var text = (await WebPage.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("请填写申请人姓名或名称。", text);
        Assert.Contains("联系电话只能包含数字", text);
        Assert.Contains("请描述所需的政府信息", text);
    }

    [Fact]
    public async Task Logs_hold_no_personal_data_of_applicants()
    {
        var (page, id) = await RegisterAsync("孙保密", "110101198808088888", "13688889999");
        await Step(page, id, "decide", new() { ["Outcome"] = "3.1" });
        await page.GetAsync("/Requests?Filter=all");

        var logs = string.Join("\n", _factory.Logs);
        Assert.Contains($"Request {id} step decide", logs);
        Assert.DoesNotContain("110101198808088888", logs);
        Assert.DoesNotContain("13688889999", logs);
        Assert.DoesNotContain("孙保密", logs);
    }
}
