using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests;

/// <summary>A signed-in browser-like client: gets pages, and posts forms with their antiforgery token as a browser would.</summary>
public sealed class WebPage(HttpClient client)
{
    public HttpClient Client => client;

    public static Task<WebPage> SignInAsync(GongkaiFactory factory, string email, string password = "Demo-Gongkai-2026") =>
        SignInAsync(factory.CreateClient(new() { AllowAutoRedirect = false }), email, password);

    /// <summary>Signs in over the network to an app served by Kestrel (the browser tests' server).</summary>
    public static Task<WebPage> SignInAsync(string baseUrl, string email, string password = "Demo-Gongkai-2026") =>
        SignInAsync(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = new Uri(baseUrl) }, email, password);

    private static async Task<WebPage> SignInAsync(HttpClient client, string email, string password)
    {
        var page = new WebPage(client);
        var response = await page.PostAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in of {email} failed: {response.StatusCode}");
        if (response.Headers.Location?.ToString().StartsWith("/Account/TwoFactor", StringComparison.Ordinal) == true)
        {
            response = await page.PostAsync("/Account/TwoFactor", new() { ["Code"] = TotpCode(DemoData.AuthenticatorKey) });
            if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Second factor of {email} failed: {response.StatusCode}");
        }
        return page;
    }

    /// <summary>Enrols an authenticator app as a new administrator must before anything else; returns its key.</summary>
    public async Task<string> EnrolSecondFactorAsync()
    {
        var key = (await GetAsync("/Account/Authenticator")).QuerySelector("#key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var response = await PostAsync("/Account/Authenticator", new() { ["Code"] = TotpCode(key) });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Enrolment failed: {response.StatusCode}");
        return key;
    }

    /// <summary>The code an authenticator app shows now for the key, as the user would type it.</summary>
    public static string TotpCode(string key) => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    public async Task<IHtmlDocument> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the fields with the token of the page's form (the first, or the one holding <paramref name="formField"/>).</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields, string? formField = null, string? pageUrl = null)
    {
        var document = await GetAsync(pageUrl ?? url);
        var form = document.Forms.Where(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null)
            .FirstOrDefault(f => formField is null || f.QuerySelector($"[name='{formField}']") is not null) ?? document.Forms[0];
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        return await PostWithTokenAsync(url, fields, token);
    }

    public async Task<HttpResponseMessage> PostWithTokenAsync(string url, Dictionary<string, string> fields, string token)
    {
        var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    /// <summary>Posts a file as the page's form would (multipart, with the page's antiforgery token).</summary>
    public Task<HttpResponseMessage> UploadAsync(string pageUrl, string postUrl, string fileName, byte[] bytes) =>
        UploadAsync(pageUrl, postUrl, [], [("file", fileName, bytes)]);

    /// <summary>Posts fields and files (each under its field name) as the page's form would.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string pageUrl, string postUrl, Dictionary<string, string> fields,
        IEnumerable<(string Field, string FileName, byte[] Bytes)> files)
    {
        var document = await GetAsync(pageUrl);
        var token = ((IHtmlInputElement)document.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var (field, fileName, bytes) in files) content.Add(new ByteArrayContent(bytes), field, fileName);
        return await client.PostAsync(postUrl, content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
