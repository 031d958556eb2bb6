using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Web.Pages.Public;

/// <summary>A published annual report, as it was published (the latest correction), in the site's frame with its downloads.</summary>
public sealed partial class ReportModel(GongkaiDbContext db) : PageModel
{
    public AnnualReportRecord Record { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";
    /// <summary>The body of the published document (Gongkai's own HTML, its text already encoded).</summary>
    public string Body { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int agencyId, int year)
    {
        if (!await LoadAsync(agencyId, year)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(int agencyId, int year)
    {
        if (!await LoadAsync(agencyId, year)) return NotFound();
        return File(ReportDocx.Write(Published(), Record.PublishedOn), ContentTypes.Docx, Title + ".docx");
    }

    public async Task<IActionResult> OnGetPdfAsync(int agencyId, int year)
    {
        if (!await LoadAsync(agencyId, year)) return NotFound();
        if (!System.IO.File.Exists(ReportPdf.DefaultChromium))
        {
            Error = "本网站暂不能生成PDF，请下载DOCX版本。";
            return Page();
        }
        return File(await ReportPdf.WriteAsync(Published(), date: Record.PublishedOn), ContentTypes.Pdf, Title + ".pdf");
    }

    /// <summary>The report as published, read back from its stored HTML (which reads back exactly).</summary>
    private AnnualReport Published() => ReportReader.Read(Encoding.UTF8.GetBytes(Record.PublishedHtml!));

    private async Task<bool> LoadAsync(int agencyId, int year)
    {
        var record = await db.AnnualReports.OfAgency(agencyId).AsNoTracking()
            .SingleOrDefaultAsync(r => r.Year == year && r.Status == ReportStatus.Published);
        if (record?.PublishedHtml is not { } html) return false;
        Record = record;
        AgencyName = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync();
        Title = record.Title(AgencyName);
        var body = BodyOf().Match(html);
        // The document's own title becomes the page's heading.
        Body = body.Success ? FirstHeading().Replace(body.Groups[1].Value, "", 1) : "";
        return true;
    }

    [GeneratedRegex(@"<body>(.*)</body>", RegexOptions.Singleline)]
    private static partial Regex BodyOf();

    [GeneratedRegex(@"<h1>.*?</h1>", RegexOptions.Singleline)]
    private static partial Regex FirstHeading();
}
