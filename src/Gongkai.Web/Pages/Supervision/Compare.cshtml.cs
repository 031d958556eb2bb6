using Gongkai.Data.Supervision;
using Gongkai.Documents.Writing;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>One agency's report of a year against its report of the year before: figures and their changes, copied text marked; DOCX and PDF.</summary>
public sealed class CompareModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public YearComparison? Comparison { get; private set; }
    public AgencyNode Agency { get; private set; } = null!;
    public string? Missing { get; private set; }

    public async Task<IActionResult> OnGetAsync(int agency, int? year, string? format)
    {
        if (!await ScopeAsync(year, null) || !Supervises(agency)) return NotFound();
        Agency = Tree.Find(agency)!;
        Comparison = await CompareAsync(agency);
        return (format, Comparison) switch
        {
            ("docx", { } c) => File(YearComparisonWriter.Docx(c), ContentTypes.Docx, c.Title + ".docx"),
            ("pdf", { } c) => File(await ReportPdf.PrintAsync(YearComparisonWriter.Document(c)), ContentTypes.Pdf, c.Title + ".pdf"),
            _ => Page(),
        };
    }

    private async Task<YearComparison?> CompareAsync(int agency)
    {
        var now = await SubmissionQueries.CurrentIdAsync(db, agency, Year);
        var before = await SubmissionQueries.CurrentIdAsync(db, agency, Year - 1);
        if (now is null || before is null)
        {
            Missing = now is null ? $"{Agency.Name}没有{Year}年度报告。" : $"{Agency.Name}没有{Year - 1}年度报告，无法对照。";
            return null;
        }
        var kept = await db.Submissions.AsNoTracking().Where(s => s.Id == now || s.Id == before)
            .Select(s => new { s.Id, s.TablesJson, s.NarrativeJson, s.AgencyNameRead, s.Year }).ToListAsync();
        var (a, b) = (kept.Single(k => k.Id == now), kept.Single(k => k.Id == before));
        return YearComparison.Compare(Agency.Name, Year, StoredReport.ReadPrevious(a.TablesJson, a.NarrativeJson, a.AgencyNameRead, Year),
            StoredReport.ReadPrevious(b.TablesJson, b.NarrativeJson, b.AgencyNameRead, Year - 1));
    }
}
