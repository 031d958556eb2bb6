using Gongkai.Supervision;

namespace Gongkai.Web.Supervision;

/// <summary>
/// For 督办: each agency's pending requests due within <see cref="RequestLoad.SoonWorkingDays"/> working days or overdue,
/// and its requests decided late this year, counted in the database (no request, no applicant leaves it).
/// </summary>
public sealed class RequestLoads(GongkaiDbContext db, Infrastructure.Clock clock, CalendarService calendars)
{
    public async Task<Dictionary<int, RequestLoad>> ForAsync(IReadOnlySet<int> agencies, CancellationToken cancel = default)
    {
        var today = clock.Today;
        var soon = Calendar.Deadline.Compute(today, RequestLoad.SoonWorkingDays, await calendars.GetAsync()).Due;
        var yearStart = new DateOnly(today.Year, 1, 1);
        var counts = await db.Requests.AsNoTracking()
            .Where(r => r.DueOn != null || (r.DecidedLate == true && r.DecidedOn >= yearStart))
            .GroupBy(r => r.AgencyId)
            .Select(g => new
            {
                Agency = g.Key,
                DueSoon = g.Count(r => r.DueOn >= today && r.DueOn <= soon),
                Overdue = g.Count(r => r.DueOn < today),
                Late = g.Count(r => r.DecidedLate == true && r.DecidedOn >= yearStart),
            }).ToListAsync(cancel);
        return counts.Where(c => agencies.Contains(c.Agency)).ToDictionary(c => c.Agency, c => new RequestLoad(c.DueSoon, c.Overdue, c.Late));
    }
}
