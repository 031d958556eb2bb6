using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>The app on Kestrel at a free loopback port, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public GongkaiFactory Factory { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        // BypassCSP lets the test inject axe-core; the pages' own scripts still run under their policy's rules in every other respect.
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1200, Height = 900 }, BypassCSP = true });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Keeps a screenshot of what the user saw in the test output folder, for a person to look at, and checks the page with
    /// axe-core against WCAG 2.1 A and AA: a violation fails the test with the rule and the elements.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        var violations = await AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, $"{name}（{page.Url}）不符合 WCAG 2.1 AA：\n" + string.Join("\n", violations));
    }

    private static async Task<string[]> AxeViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            // A page shown with JavaScript off: the same page, with the same session, in a context where axe can run.
            await using var context = await page.Context.Browser!.NewContextAsync(new()
            {
                StorageState = await page.Context.StorageStateAsync(),
                BypassCSP = true,
                Locale = "zh-CN",
                ViewportSize = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : null,
            });
            var copy = await context.NewPageAsync();
            await copy.GotoAsync(page.Url);
            return await AxeViolationsAsync(copy);
        }
        return await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => v.id + '：' + v.help + '（' + v.nodes.map(n => n.target.join(' ')).join('；') + '）')
            """);
    }

    /// <summary>axe-core as test.sh installs it from npm into tests/.tools.</summary>
    private static string AxeScript
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", ".tools"))) dir = dir.Parent;
            var path = dir is null ? "" : Path.Combine(dir.FullName, "tests", ".tools", "node_modules", "axe-core", "axe.min.js");
            Assert.True(File.Exists(path), "axe-core is not installed: run ./test.sh, which installs it from npm into tests/.tools");
            return path;
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
