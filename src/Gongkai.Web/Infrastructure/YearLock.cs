using Gongkai.Data;
using Gongkai.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// A published annual report locks its year: a request step, a register entry or a case dated in that year would change
/// its tables, so it needs the head's unlock first, and a corrected report follows.
/// </summary>
public sealed class YearLock(GongkaiDbContext db)
{
    /// <summary>Why the year is locked, or null where it is not.</summary>
    public async Task<string?> MessageAsync(int agencyId, int year)
    {
        var report = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year);
        return report is { Status: ReportStatus.Published, Unlocked: false }
            ? $"{year}年度报告已于{report.PublishedOn:yyyy-MM-dd}发布，该年度的数据已锁定；如需更正，请由负责人在年度报告页面解锁。"
            : null;
    }

    public async Task<string?> MessageAsync(int agencyId, IEnumerable<int> years)
    {
        foreach (var year in years.Distinct())
            if (await MessageAsync(agencyId, year) is { } message) return message;
        return null;
    }
}
