using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Reports;

/// <summary>The annual reports of the agency: last year's due by 31 January, each year's status.</summary>
public sealed class IndexModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public sealed record Row(int Year, AnnualReportRecord? Record, DateOnly Due);

    public List<Row> Years { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.Today;
        var agencyId = User.AgencyId();
        var records = await db.AnnualReports.AsNoTracking().Where(r => r.AgencyId == agencyId).ToListAsync();
        Years = Enumerable.Range(Today.Year - 3, 4).Reverse()
            .Select(y => new Row(y, records.SingleOrDefault(r => r.Year == y), AnnualReportRecord.DueOn(y))).ToList();
    }

    /// <summary>From 1 January the previous year's report is due; after 31 January it is overdue.</summary>
    public static string? Warning(Row row, DateOnly today) => row.Record?.Status == ReportStatus.Published || today.Year <= row.Year ? null
        : today > row.Due ? $"已逾期：{row.Year}年度报告应于{row.Due:yyyy年M月d日}前发布"
        : $"{row.Year}年度报告应于{row.Due:yyyy年M月d日}前发布";
}
