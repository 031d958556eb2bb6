using Gongkai.Reports;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Data.Guards;

/// <summary>
/// Where the year lock is enforced: every save compares, for each year its agency has published (and not unlocked), the
/// part each added, changed or deleted record had in that year's report with the part it will have, and refuses the
/// whole save if one differs. A backdated entry, an import or a repeal therefore cannot change a published report.
/// </summary>
public sealed class YearLockGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is GongkaiDbContext db && Changed(db) is { Count: > 0 } changed)
            Check(changed, LockedYears(db, changed).ToList());
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancel = default)
    {
        if (eventData.Context is GongkaiDbContext db && Changed(db) is { Count: > 0 } changed)
            Check(changed, await LockedYears(db, changed).ToListAsync(cancel));
        return result;
    }

    // Entries() detects changes first, as SaveChanges would.
    private static List<EntityEntry> Changed(GongkaiDbContext db) =>
        db.ChangeTracker.Entries().Where(e => e.Entity is ICountedInReport && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();

    private sealed record LockedYear(int AgencyId, int Year, DateOnly? PublishedOn);

    private static IQueryable<LockedYear> LockedYears(GongkaiDbContext db, List<EntityEntry> changed)
    {
        var agencies = changed.Select(e => ((ICountedInReport)e.Entity).AgencyId).Distinct().ToList();
        return db.AnnualReports.AsNoTracking()
            .Where(r => agencies.Contains(r.AgencyId) && r.Status == ReportStatus.Published && !r.Unlocked)
            .Select(r => new LockedYear(r.AgencyId, r.Year, r.PublishedOn));
    }

    private static void Check(List<EntityEntry> changed, List<LockedYear> locked)
    {
        if (locked.Count == 0) return;
        foreach (var entry in changed)
        {
            var now = entry.State == EntityState.Deleted ? null : (ICountedInReport)entry.Entity;
            var before = entry.State == EntityState.Added ? null : (ICountedInReport)entry.OriginalValues.ToObject();
            var agencyId = (now ?? before)!.AgencyId;
            foreach (var (agency, year, publishedOn) in locked)
                if (agency == agencyId && !Equals(before?.PartIn(year), now?.PartIn(year)))
                    throw new YearLockedException(year, publishedOn);
        }
    }
}
