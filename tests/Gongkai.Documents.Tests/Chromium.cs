using Microsoft.Playwright;

namespace Gongkai.Documents.Tests;

/// <summary>Debian's Chromium driven by Playwright (no browser download here): prints pages to PDF as an agency would.</summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run the README's test command, which installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        await LaunchAsync();
    }

    private async Task LaunchAsync() =>
        _browser = await _playwright!.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    /// <summary>
    /// Prints the page; where the shared browser has died (it did once, under the load of all test projects on two cores), a new
    /// one is launched and the page printed again, so one crash does not fail every test after it.
    /// </summary>
    public async Task<byte[]> PrintToPdf(string html, bool pageNumbers = false)
    {
        try
        {
            return await PrintOnceAsync(html, pageNumbers);
        }
        catch (PlaywrightException) when (_browser is { IsConnected: false })
        {
            await LaunchAsync();
            return await PrintOnceAsync(html, pageNumbers);
        }
    }

    private async Task<byte[]> PrintOnceAsync(string html, bool pageNumbers)
    {
        var page = await _browser!.NewPageAsync();
        try
        {
            await page.SetContentAsync(html);
            return await page.PdfAsync(new()
            {
                Format = "A4",
                DisplayHeaderFooter = pageNumbers,
                HeaderTemplate = "<span></span>",
                FooterTemplate = "<div style='font-size:10px;width:100%;text-align:center'>- <span class='pageNumber'></span> -</div>",
                Margin = new() { Top = "25mm", Bottom = "25mm", Left = "20mm", Right = "20mm" },
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "chromium";
}
