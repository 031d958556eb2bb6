using Gongkai.Data.Supervision;
using Gongkai.Reports;
using Gongkai.Supervision;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Supervision;

/// <summary>Two reports of the region whose same section shares its text: which, how much.</summary>
public sealed record CopiedReports(int A, string AgencyA, int YearA, int B, string AgencyB, int YearB, ReportSection Section, double Similarity);

/// <summary>
/// 雷同 in a region for a year: every report that counts of the year against every other of the year and of the year
/// before (other agencies, and the agency's own), from the narrative kept when each was read. Kept in memory for the
/// same set of reports, as the consolidated tables are.
/// </summary>
public sealed class Copies(Infrastructure.ReadDatabase read, IMemoryCache cache)
{
    public async Task<List<CopiedReports>> FindAsync(AgencyTree tree, int regionId, int year, CancellationToken cancel = default)
    {
        var agencies = tree.Subtree(regionId).ToDictionary(a => a.Id, a => a.Name);
        var ids = agencies.Keys.ToHashSet();
        var current = (await SubmissionQueries.CurrentAsync(read.Db, year, ids, cancel)).Values
            .Concat((await SubmissionQueries.CurrentAsync(read.Db, year - 1, ids, cancel)).Values).ToDictionary(s => s.Id);
        var key = ("copies", regionId, year, SubmissionQueries.Digest(current.Values));
        if (cache.TryGetValue<List<CopiedReports>>(key, out var known)) return known!;

        var documents = new List<NarrativeDocument>();
        await foreach (var row in read.Db.Submissions.AsNoTracking().Where(s => s.State == SubmissionState.Read && (s.Year == year || s.Year == year - 1))
                           .Select(s => new { s.Id, s.NarrativeJson }).AsAsyncEnumerable().WithCancellation(cancel))
        {
            if (!current.TryGetValue(row.Id, out var submission)) continue;
            var sections = StoredReport.ReadNarrative(row.NarrativeJson);
            documents.AddRange(NarrativeCopies.Compared.Select(s =>
                new NarrativeDocument(row.Id, submission.AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture), submission.Year, s,
                    NarrativeCopies.Fingerprint(sections.GetValueOrDefault(s)))));
        }
        var pairs = NarrativeCopies.Find(documents, (a, b) => (a.Year == year || b.Year == year) && (a.Agency != b.Agency || a.Year != b.Year))
            .Select(p =>
            {
                var (x, y) = (current[p.A.Report], current[p.B.Report]);
                return new CopiedReports(x.Id, agencies[x.AgencyId], x.Year, y.Id, agencies[y.AgencyId], y.Year, p.A.Section, p.Similarity);
            }).ToList();
        cache.Set(key, pairs, TimeSpan.FromMinutes(10));
        return pairs;
    }
}
