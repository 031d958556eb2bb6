using Microsoft.Playwright;

namespace Gongkai.Documents.Writing;

/// <summary>The report as PDF: its HTML printed by headless Chromium (Debian's, with CJK fonts installed by the scripts).</summary>
public static class ReportPdf
{
    public const string DefaultChromium = "/usr/bin/chromium";

    public static Task<byte[]> WriteAsync(AnnualReport report, string chromium = DefaultChromium, DateOnly? date = null) =>
        PrintAsync(ReportHtml.Write(report, date), chromium);

    /// <summary>Any page of ours printed on A4 with the margins of GB/T 9704 and page numbers.</summary>
    public static async Task<byte[]> PrintAsync(string html, string chromium = DefaultChromium)
    {
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"生成PDF需要Chromium浏览器（{chromium}），请先安装（Debian：apt-get install chromium fonts-noto-cjk）。");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(html);
        return await page.PdfAsync(new()
        {
            Format = "A4",
            Margin = new() { Top = "37mm", Bottom = "35mm", Left = "28mm", Right = "26mm" },
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style='font-size:10px;width:100%;text-align:center'>- <span class='pageNumber'></span> -</div>",
        });
    }
}
