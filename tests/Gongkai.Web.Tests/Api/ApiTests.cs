using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Gongkai.Web.Tests.Api;

/// <summary>The JSON API: the same validation, duplicate protection, authorization and conflicts as the pages.</summary>
public sealed class ApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private int AgencyId => factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).Id);

    private static object Application(string key, string phone = "13911112222") => new
    {
        applicantType = "CommercialEnterprise",
        name = "示例建材有限公司",
        idNumber = "91110000MA00000001",
        phone,
        address = "示例县工业园1号",
        description = "2026年本县建筑工地扬尘检查结果",
        deliveryForm = "电子邮件",
        submissionKey = key,
    };

    private async Task<JsonNode> SubmitAsync(HttpClient client, string key, HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync($"/api/public/agencies/{AgencyId}/requests", Application(key));
        Assert.Equal(expected, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Submitting_twice_with_the_same_key_registers_one_request()
    {
        var client = factory.CreateClient();
        var key = Guid.NewGuid().ToString("N");

        var first = await SubmitAsync(client, key, HttpStatusCode.Created);
        var second = await SubmitAsync(client, key, HttpStatusCode.OK);

        Assert.Equal((string?)first["trackingCode"], (string?)second["trackingCode"]);
        Assert.Equal(1, factory.Scoped(db => db.Requests.Count(r => r.SubmissionKey == key)));
    }

    [Fact]
    public async Task Invalid_applications_get_each_field_error_in_chinese()
    {
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/public/agencies/{AgencyId}/requests",
            new { applicantType = "NaturalPerson", name = "", idNumber = "1", phone = "abc", description = "", submissionKey = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!;
        Assert.Contains("请填写申请人姓名或名称", (string)errors["name"]![0]!);
        Assert.Contains("联系电话只能包含数字", (string)errors["phone"]![0]!);
        Assert.Contains("请描述所需的政府信息", (string)errors["description"]![0]!);
        Assert.Contains("submissionKey", (string)errors["submissionKey"]![0]!);
    }

    [Fact]
    public async Task Tracking_answers_a_wrong_code_and_wrong_digits_alike()
    {
        var client = factory.CreateClient();
        var code = (string)(await SubmitAsync(client, Guid.NewGuid().ToString("N"), HttpStatusCode.Created))["trackingCode"]!;

        var found = await client.PostAsJsonAsync("/api/public/track", new { code, lastFour = "0000" });
        var wrongCode = await client.PostAsJsonAsync("/api/public/track", new { code = "ZZZZZZZZZZZZZZZZ", lastFour = "0000" });

        Assert.Equal(HttpStatusCode.NotFound, found.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal((string?)JsonNode.Parse(await found.Content.ReadAsStringAsync())!["detail"], (string?)JsonNode.Parse(await wrongCode.Content.ReadAsStringAsync())!["detail"]);
        var ok = await client.PostAsJsonAsync("/api/public/track", new { code, lastFour = "0001" }); // the company's credit code ends in 0001
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var progress = JsonNode.Parse(await ok.Content.ReadAsStringAsync())!;
        Assert.Equal("办理中", (string?)progress["stateLabel"]);
        Assert.Equal("政府信息公开申请接收回执", (string?)progress["letters"]![0]!["title"]);
    }

    [Fact]
    public async Task Officer_endpoints_need_a_signed_in_officer_of_the_agency()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/requests")).StatusCode);

        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var worklist = JsonNode.Parse(await officer.Client.GetStringAsync("/api/requests?filter=all"))!.AsArray();
        Assert.NotEmpty(worklist);
        Assert.All(worklist.Where(row => (bool)row!["isPerson"]!), row => Assert.EndsWith("*", (string)row!["applicant"]!));

        var id = factory.Scoped(db => db.Requests.First(r => r.AgencyId == AgencyId).Id);
        var stranger = await WebPage.SignInAsync(factory, DemoData.OtherOfficerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/requests/{id}")).StatusCode);
        var admin = await WebPage.SignInAsync(factory, "admin@demo.gongkai");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Client.GetAsync("/api/requests")).StatusCode);
    }

    [Fact]
    public async Task Steps_through_the_api_are_refused_or_conflict_as_on_the_pages()
    {
        var code = (string)(await SubmitAsync(factory.CreateClient(), Guid.NewGuid().ToString("N"), HttpStatusCode.Created))["trackingCode"]!;
        var request = factory.Scoped(db => db.Requests.Single(r => r.TrackingCode == code));
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var url = $"/api/requests/{request.Id}/steps";

        var illegal = await officer.Client.PostAsJsonAsync(url, new { step = "reply", version = request.Version, on = "2026-11-25" });
        Assert.Equal(HttpStatusCode.BadRequest, illegal.StatusCode);
        Assert.Contains("不能登记送达", (string?)JsonNode.Parse(await illegal.Content.ReadAsStringAsync())!["detail"]);

        var decided = await officer.Client.PostAsJsonAsync(url, new { step = "decide", version = request.Version, on = "2026-11-25", outcome = "3.1" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("Decided", (string?)JsonNode.Parse(await decided.Content.ReadAsStringAsync())!["state"]);

        var stale = await officer.Client.PostAsJsonAsync(url, new { step = "reply", version = request.Version, on = "2026-11-25" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/public/track", document);
        Assert.Contains("/api/requests/{id}/steps", document);
    }
}

/// <summary>The portal's posts are limited per client.</summary>
public sealed class RateLimitTests : IClassFixture<RateLimitTests.StrictFactory>
{
    private readonly StrictFactory _factory;

    public RateLimitTests(StrictFactory factory) => _factory = factory;

    public sealed class StrictFactory : GongkaiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Gongkai:Portal:PostsPerMinute", "3");
        }
    }

    [Fact]
    public async Task Too_many_posts_from_one_client_are_refused_in_chinese()
    {
        var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsJsonAsync("/api/public/track", new { code = "ZZZZZZZZZZZZZZZZ", lastFour = "0000" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType!.MediaType);
        Assert.Equal("提交过于频繁，请稍后再试。", (string?)JsonNode.Parse(await last.Content.ReadAsStringAsync())!["detail"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Public")).StatusCode); // reading is not limited

        // A page's post over the limit gets the site's own page, in Chinese.
        var track = await client.GetStringAsync("/Public/Track");
        var token = track.Split("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"")[1].Split('"')[0];
        var page = await client.PostAsync("/Public/Track", new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "ZZZZZZZZ", ["LastFour"] = "0000", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>提交过于频繁</h1>", html);
        Assert.Contains("公开 · 政府信息公开工作平台", html);
    }
}
