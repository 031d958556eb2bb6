using Gongkai.Reports;
using Gongkai.Requests;

namespace Gongkai.Data.Reports;

/// <summary>
/// Table 三 of a year computed by the database: a request counts in row 1 in the year it was received, in row 2 if it was
/// pending on 1 January, in its outcome row in the year it was decided, and in row 4 if still pending on 31 December.
/// </summary>
public static class RequestTableQuery
{
    public static async Task<RequestTable> ComputeAsync(GongkaiDbContext db, int agencyId, int year, CancellationToken cancel = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var requests = db.Requests.AsNoTracking().OfAgency(agencyId);
        var table = new RequestTable();
        foreach (var row in RequestRow.All) table.SetRow(row, [0, 0, 0, 0, 0, 0, 0]);

        Add(table, RequestRow.Received, await ByType(requests.Where(r => r.ReceivedOn >= start && r.ReceivedOn <= end), cancel));
        Add(table, RequestRow.CarriedIn, await ByType(requests.Where(r => r.ReceivedOn < start && (r.DecidedOn == null || r.DecidedOn >= start)), cancel));
        Add(table, RequestRow.CarriedOver, await ByType(requests.Where(r => r.ReceivedOn <= end && (r.DecidedOn == null || r.DecidedOn > end)), cancel));
        var outcomes = await requests.Where(r => r.DecidedOn >= start && r.DecidedOn <= end && r.OutcomeCode != null)
            .GroupBy(r => new { r.OutcomeCode, r.Applicant.Type })
            .Select(g => new { g.Key.OutcomeCode, g.Key.Type, Count = g.Count() })
            .ToListAsync(cancel);
        foreach (var o in outcomes)
        {
            Increment(table, RequestRow.ByCode(o.OutcomeCode!), o.Type, o.Count);
            Increment(table, RequestRow.ByCode(RequestRow.OutcomeTotal), o.Type, o.Count);
        }
        return table;
    }

    private static async Task<List<(ApplicantType Type, int Count)>> ByType(IQueryable<InformationRequest> requests, CancellationToken cancel)
    {
        var counts = await requests.GroupBy(r => r.Applicant.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync(cancel);
        return counts.Select(x => (x.Type, x.Count)).ToList();
    }

    private static void Add(RequestTable table, string rowCode, List<(ApplicantType Type, int Count)> counts)
    {
        foreach (var (type, count) in counts) Increment(table, RequestRow.ByCode(rowCode), type, count);
    }

    private static void Increment(RequestTable table, RequestRow row, ApplicantType type, int count)
    {
        table[row, ApplicantColumn.All[(int)type]] += count;
        table[row, ApplicantColumn.Total] += count;
    }
}
