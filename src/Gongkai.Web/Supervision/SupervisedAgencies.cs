using Gongkai.Supervision;

namespace Gongkai.Web.Supervision;

/// <summary>The hierarchy as a supervising office sees it: its own agency and every agency below it.</summary>
public static class SupervisedAgencies
{
    public static async Task<AgencyTree> TreeAsync(GongkaiDbContext db, CancellationToken cancel = default) =>
        new(await db.Agencies.AsNoTracking().Select(a => new AgencyNode(a.Id, a.ParentId, a.Name, a.Level)).ToListAsync(cancel));
}
