using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gongkai.Requests;

namespace Gongkai.Web.Tests.Requests;

/// <summary>An officer (or head) working through the JSON API, as the pages do: register a request, take its steps.</summary>
public sealed class OfficerDesk(GongkaiFactory factory, WebPage page)
{
    public WebPage Page => page;

    public static async Task<OfficerDesk> SignInAsync(GongkaiFactory factory, string email = "officer@demo.gongkai") =>
        new(factory, await WebPage.SignInAsync(factory, email));

    /// <summary>A request by post from 韩复议 (ID ending 1234, e-mail only), received on the day given.</summary>
    public async Task<long> RegisterAsync(string receivedOn = "2026-11-24")
    {
        var response = await page.PostAsync("/Requests/New", new()
        {
            ["Form.ApplicantType"] = nameof(ApplicantType.NaturalPerson),
            ["Form.Name"] = "韩复议",
            ["Form.IdNumber"] = "110101198808081234",
            ["Form.Email"] = "hanfuyi@example.cn",
            ["Form.Channel"] = nameof(RequestChannel.Post),
            ["Form.ReceivedOn"] = receivedOn,
            ["Form.Description"] = "示例药业有限公司2026年药品质量抽检记录",
            ["Form.DeliveryForm"] = "电子邮件",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<HttpResponseMessage> StepAsync(long id, string step, string on, object? more = null)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(more ?? new { }))!.AsObject();
        body["step"] = step;
        body["on"] = on;
        body["version"] = factory.Scoped(db => db.Requests.Single(r => r.Id == id).Version);
        return await page.Client.PostAsJsonAsync($"/api/requests/{id}/steps", body);
    }

    public async Task OkAsync(long id, string step, string on, object? more = null)
    {
        var response = await StepAsync(id, step, on, more);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
