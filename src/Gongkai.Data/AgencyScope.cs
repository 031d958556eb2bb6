namespace Gongkai.Data;

/// <summary>What one agency keeps, as its staff see it: the one place a query is scoped to an agency.</summary>
public static class AgencyScope
{
    public static IQueryable<T> OfAgency<T>(this IQueryable<T> query, int agencyId) where T : class, IAgencyOwned =>
        query.Where(e => e.AgencyId == agencyId);
}
