using Gongkai.Data.Supervision;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>An agency over the years: each year's counted report with its main figures and findings, side by side.</summary>
public sealed class AgencyModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public sealed record YearRow(int Year, int SubmissionId, DateOnly PublishedOn, bool OnTime, AnnualReport Report, int Errors, int Warnings, bool CheckedAgainstPrevious);

    public AgencyNode Agency { get; private set; } = null!;
    public List<YearRow> Years { get; private set; } = [];
    public string TrendChart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await ScopeAsync(null, null);
        if (!Supervises(id)) return NotFound();
        Agency = Tree.Find(id)!;
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.AgencyId == id && s.State == SubmissionState.Read)
            .Select(s => new { s.Id, Year = s.Year!.Value, s.PublishedOn, s.TablesJson, s.Errors, s.Warnings, s.PreviousId }).ToListAsync();
        Years = submissions.GroupBy(s => s.Year).Select(g => g.MaxBy(s => s.Id)!).OrderByDescending(s => s.Year)
            .Select(s => new YearRow(s.Year, s.Id, s.PublishedOn, AnnualReportRecord.PublishedOnTime(s.Year, s.PublishedOn),
                StoredReport.ReadTables(s.TablesJson), s.Errors, s.Warnings, s.PreviousId is not null)).ToList();
        TrendChart = SvgChart.Trend("历年新收申请数", Years.OrderBy(y => y.Year)
            .Select(y => ($"{y.Year}年", y.Report.Requests[RequestRow.Received, ApplicantColumn.Total] ?? 0)).ToList());
        return Page();
    }
}
