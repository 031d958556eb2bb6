using Gongkai.Supervision;

namespace Gongkai.Data.Supervision;

/// <summary>A work point of the offices above an agency, with the office's name and the agency's progress on it (null: not started).</summary>
public sealed record AgencyWorkPoint(WorkPoint Point, string Office, WorkPointProgress? Progress);

public static class WorkPointQueries
{
    /// <summary>The year's work points of every office above the agency, each with the agency's progress.</summary>
    public static async Task<List<AgencyWorkPoint>> ForAgencyAsync(GongkaiDbContext db, int agencyId, int year, CancellationToken cancel = default)
    {
        var above = new Dictionary<int, string>();
        var parent = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.ParentId).SingleOrDefaultAsync(cancel);
        // A cycle made by hand in the database must not loop for ever; no real hierarchy is 16 levels deep.
        while (parent is { } p && !above.ContainsKey(p) && above.Count < 16)
        {
            var office = await db.Agencies.Where(a => a.Id == p).Select(a => new { a.Name, a.ParentId }).SingleAsync(cancel);
            above[p] = office.Name;
            parent = office.ParentId;
        }
        var offices = above.Keys.ToList();
        var points = await db.WorkPoints.AsNoTracking().Where(w => offices.Contains(w.OfficeAgencyId) && w.Year == year).ToListAsync(cancel);
        var ids = points.Select(p => p.Id).ToList();
        var progress = await db.WorkPointProgress.AsNoTracking().OfAgency(agencyId).Where(p => ids.Contains(p.WorkPointId)).ToDictionaryAsync(p => p.WorkPointId, cancel);
        return points.OrderBy(p => p.OfficeAgencyId).ThenBy(p => p.Number)
            .Select(p => new AgencyWorkPoint(p, above[p.OfficeAgencyId], progress.GetValueOrDefault(p.Id))).ToList();
    }
}
