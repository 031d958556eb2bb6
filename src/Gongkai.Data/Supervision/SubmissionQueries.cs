using Gongkai.Supervision;

namespace Gongkai.Data.Supervision;

/// <summary>A submission as the dashboard lists it: no document, no JSON.</summary>
public sealed record SubmissionSummary(int Id, int AgencyId, int Year, string FileName, DateOnly PublishedOn, int Errors, int Warnings, decimal? Received, int Revision = 0)
{
    public bool OnTime => Gongkai.Reports.AnnualReportRecord.PublishedOnTime(Year, PublishedOn);
}

/// <summary>The queries of supervision: the queue of submissions to read, and the submissions that count.</summary>
public static class SubmissionQueries
{
    /// <summary>Which worker took a submission (shadow properties: the domain does not see the queue's claims).</summary>
    public const string ClaimToken = nameof(ClaimToken);

    /// <summary>When (UTC) the worker took it; a DateTime, because SQLite cannot compare DateTimeOffsets in a query.</summary>
    public const string ClaimedAt = nameof(ClaimedAt);

    /// <summary>A claim older than this was left by a worker that stopped; the submission is taken again.</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Takes up to <paramref name="count"/> waiting submissions for one worker, in one UPDATE, so several web instances
    /// can share the queue; then loads what it took. On PostgreSQL the rows another worker is taking are skipped
    /// (<c>FOR UPDATE SKIP LOCKED</c>): two plain UPDATEs of overlapping rows deadlock there. SQLite has one writer.
    /// </summary>
    public static async Task<List<ReportSubmission>> ClaimAsync(GongkaiDbContext db, int count, DateTimeOffset now, CancellationToken cancel = default)
    {
        var token = Guid.NewGuid();
        var at = now.UtcDateTime;
        var stale = (now - StaleClaim).UtcDateTime;
        var pending = nameof(SubmissionState.Pending);
        count = await WithinBudgetAsync(db, count, stale, cancel);
        if (count == 0) return [];
        var claimable = Claimable(db, stale);
        var taken = db.Database.ProviderName == PostgresProvider
            ? await db.Database.ExecuteSqlAsync($"""
                UPDATE "ReportSubmissions" SET "ClaimToken" = {token}, "ClaimedAt" = {at}
                WHERE "Id" IN (SELECT "Id" FROM "ReportSubmissions"
                               WHERE "State" = {pending} AND ("ClaimToken" IS NULL OR "ClaimedAt" < {stale})
                               ORDER BY "Id" LIMIT {count} FOR UPDATE SKIP LOCKED)
                """, cancel)
            : await db.Submissions.Where(s => claimable.OrderBy(w => w.Id).Select(w => w.Id).Take(count).Contains(s.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(s => EF.Property<Guid?>(s, ClaimToken), token).SetProperty(s => EF.Property<DateTime?>(s, ClaimedAt), at), cancel);
        return taken == 0 ? [] : await db.Submissions.Where(s => EF.Property<Guid?>(s, ClaimToken) == token).OrderBy(s => s.Id).ToListAsync(cancel);
    }

    /// <summary>Waiting submissions no worker holds, or whose worker stopped (a claim older than <see cref="StaleClaim"/>).</summary>
    private static IQueryable<ReportSubmission> Claimable(GongkaiDbContext db, DateTime stale) =>
        db.Submissions.Where(w => w.State == SubmissionState.Pending && (EF.Property<Guid?>(w, ClaimToken) == null || EF.Property<DateTime?>(w, ClaimedAt) < stale));

    /// <summary>The worker is done with what it took (read or refused): a submission queued again later is free to take at once.</summary>
    public static void Release(GongkaiDbContext db, IEnumerable<ReportSubmission> claimed)
    {
        foreach (var submission in claimed)
        {
            db.Entry(submission).Property(ClaimToken).CurrentValue = null;
            db.Entry(submission).Property(ClaimedAt).CurrentValue = null;
        }
    }

    /// <summary>
    /// The documents a worker holds at once stay under <see cref="ClaimBytes"/> together (at least one is taken, however
    /// large): their bytes are in memory while they are read, and a batch of large PDFs would otherwise fill it.
    /// </summary>
    public const long ClaimBytes = 16L * 1024 * 1024;

    private static async Task<int> WithinBudgetAsync(GongkaiDbContext db, int count, DateTime stale, CancellationToken cancel)
    {
        var sizes = await Claimable(db, stale)
            .OrderBy(w => w.Id).Select(w => (long)w.Document.Length).Take(count).ToListAsync(cancel);
        var (taken, bytes) = (0, 0L);
        while (taken < sizes.Count && (taken == 0 || bytes + sizes[taken] <= ClaimBytes)) bytes += sizes[taken++];
        return taken;
    }

    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// The submission that counts for each agency of the set (all where null) in each year (all where null): the newest
    /// readable one. The set is applied in memory: a province's thousands of ids in a query's IN list cost more than
    /// the rows they leave out.
    /// </summary>
    public static async Task<Dictionary<(int AgencyId, int Year), SubmissionSummary>> CurrentAsync(GongkaiDbContext db, int? year, IReadOnlySet<int>? agencyIds = null, CancellationToken cancel = default)
    {
        var query = db.Submissions.AsNoTracking().Where(s => s.State == SubmissionState.Read && s.AgencyId != null && s.Year != null);
        if (year is not null) query = query.Where(s => s.Year == year);
        var rows = await query.Select(s => new SubmissionSummary(s.Id, s.AgencyId!.Value, s.Year!.Value, s.FileName, s.PublishedOn, s.Errors, s.Warnings, s.Received, s.Revision))
            .ToListAsync(cancel);
        return rows.Where(s => agencyIds is null || agencyIds.Contains(s.AgencyId)).GroupBy(s => (s.AgencyId, s.Year)).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Id)!);
    }

    /// <summary>A digest of a set of submissions as read (id and revision): the key of what is computed from them and kept in memory.</summary>
    public static string Digest(IEnumerable<SubmissionSummary> submissions) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(
            string.Join(',', submissions.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Revision}")))));

    /// <summary>The id of the submission that counts for an agency and year, if any.</summary>
    public static Task<int?> CurrentIdAsync(GongkaiDbContext db, int agencyId, int year, CancellationToken cancel = default) =>
        db.Submissions.Where(s => s.AgencyId == agencyId && s.Year == year && s.State == SubmissionState.Read)
            .MaxAsync(s => (int?)s.Id, cancel);

    /// <summary>The tables of the given submissions of a year, as JSON, for the consolidated tables.</summary>
    public static async Task<Dictionary<int, string>> TablesAsync(GongkaiDbContext db, int year, IReadOnlySet<int> submissionIds, CancellationToken cancel = default)
    {
        var result = new Dictionary<int, string>();
        await foreach (var row in db.Submissions.AsNoTracking().Where(s => s.Year == year && s.State == SubmissionState.Read)
                           .Select(s => new { s.Id, s.TablesJson }).AsAsyncEnumerable().WithCancellation(cancel))
            if (submissionIds.Contains(row.Id)) result[row.Id] = row.TablesJson;
        return result;
    }
}
