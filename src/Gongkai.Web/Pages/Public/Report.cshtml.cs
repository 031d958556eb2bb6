using Gongkai.Data;
using Gongkai.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Public;

/// <summary>A published annual report, as it was published (the latest correction).</summary>
public sealed class ReportModel(GongkaiDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int agencyId, int year)
    {
        var report = await db.AnnualReports.AsNoTracking()
            .SingleOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year && r.Status == ReportStatus.Published);
        return report?.PublishedHtml is { } html ? Content(html, "text/html; charset=utf-8") : NotFound();
    }
}
