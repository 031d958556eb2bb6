using Gongkai.Requests;

namespace Gongkai.Data;

public static class RequestQueries
{
    /// <summary>One of the agency's requests with its history, as every step, letter and view of a request needs it.</summary>
    public static Task<InformationRequest?> FindWithHistoryAsync(this IQueryable<InformationRequest> requests, int agencyId, long id, CancellationToken cancel = default) =>
        requests.OfAgency(agencyId).Include(r => r.History).SingleOrDefaultAsync(r => r.Id == id, cancel);
}
