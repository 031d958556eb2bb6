using Gongkai.Agencies;
using Gongkai.Audit;
using Gongkai.Data.Supervision;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Web.Supervision;

/// <summary>
/// Reads and audits collected reports from the queue: each is read by the reader, matched to its agency in the
/// supervising office's directory by the name in its title, and audited against the same agency's report of the year
/// before; a report of the year after that was checked against another is checked again.
/// </summary>
public sealed class SubmissionReader(GongkaiDbContext db, TimeProvider time, ILogger<SubmissionReader> log)
{
    /// <summary>Reads up to <paramref name="count"/> waiting submissions; returns how many it took.</summary>
    public async Task<int> ReadNextAsync(int count, CancellationToken cancel = default)
    {
        var claimed = await SubmissionQueries.ClaimAsync(db, count, time.GetUtcNow(), cancel);
        if (claimed.Count == 0) return 0;

        var read = new (AnnualReport? Report, string? Error)[claimed.Count];
        Parallel.For(0, claimed.Count, i => read[i] = Read(claimed[i]));

        var directories = new Dictionary<int, AgencyDirectory>();
        var accepted = new List<(ReportSubmission Submission, AnnualReport Report, int AgencyId, int Year)>();
        for (var i = 0; i < claimed.Count; i++)
        {
            var submission = claimed[i];
            if (read[i].Report is not { } report)
            {
                submission.Refuse(SubmissionState.Unreadable, read[i].Error ?? "无法读取。");
                continue;
            }
            var batch = submission.BatchId is { } b ? await db.UploadBatches.FindAsync([b], cancel) : null;
            var year = report.Year ?? batch?.Year ?? AgencyDirectory.YearInFileName(submission.FileName);
            if (year is null)
            {
                submission.Refuse(SubmissionState.Unreadable, "未能从报告或文件名中读出年度；请在上传时填写报告年度。", report.Agency);
                continue;
            }
            var (agencyId, reason) = submission.AgencyId is { } known ? (known, null)
                : await MatchAsync(directories, batch!, report.Agency, submission.FileName, cancel);
            if (agencyId is not { } id)
            {
                submission.Refuse(SubmissionState.Unmatched, reason!, report.Agency);
                continue;
            }
            accepted.Add((submission, report, id, year.Value));
        }

        var audits = await AuditAllAsync(accepted.Select(a => (a.Report, a.AgencyId, a.Year, a.Submission.Id)).ToList(), cancel);
        for (var i = 0; i < accepted.Count; i++)
        {
            var (submission, report, agencyId, year) = accepted[i];
            var (previousId, findings) = audits[i];
            Accept(submission, agencyId, year, report, previousId, findings);
        }
        await ReceiveCorrectionsAsync(accepted.Select(a => a.Submission), cancel);
        SubmissionQueries.Release(db, claimed);
        await db.SaveChangesAsync(cancel);
        await RecheckFollowingYearsAsync(accepted.Select(a => (a.Submission.Id, a.AgencyId, a.Year)), cancel);
        log.LogInformation("Collected reports read: {Read} read, {Refused} refused", accepted.Count, claimed.Count - accepted.Count);
        return claimed.Count;
    }

    /// <summary>
    /// Each report audited against its agency's submission of the year before, if there is one (on all cores); that one's
    /// tables and narrative come from what was kept when it was read, not from its document.
    /// </summary>
    private async Task<(int? PreviousId, IReadOnlyList<Finding> Findings)[]> AuditAllAsync(
        List<(AnnualReport Report, int AgencyId, int Year, int Id)> reports, CancellationToken cancel)
    {
        var previous = new (int Id, AnnualReport Report)?[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            var (_, agencyId, year, id) = reports[i];
            var kept = await db.Submissions.AsNoTracking()
                .Where(s => s.AgencyId == agencyId && s.Year == year - 1 && s.State == SubmissionState.Read && s.Id != id)
                .OrderByDescending(s => s.Id).Select(s => new { s.Id, s.TablesJson, s.NarrativeJson, s.AgencyNameRead }).FirstOrDefaultAsync(cancel);
            previous[i] = kept is null ? null : (kept.Id, StoredReport.ReadPrevious(kept.TablesJson, kept.NarrativeJson, kept.AgencyNameRead, year - 1));
        }
        var results = new (int? PreviousId, IReadOnlyList<Finding> Findings)[reports.Count];
        Parallel.For(0, reports.Count, i => results[i] = (previous[i]?.Id, Auditor.Audit(reports[i].Report, previous[i]?.Report)));
        return results;
    }

    /// <summary>A newer edition of a report returned for correction closes its open round (整改) on the day it was collected.</summary>
    private async Task ReceiveCorrectionsAsync(IEnumerable<ReportSubmission> read, CancellationToken cancel)
    {
        foreach (var submission in read)
            if (submission.AgencyId is { } agencyId && await db.ReportReviews.OfAgency(agencyId).SingleOrDefaultAsync(r => r.Year == submission.Year, cancel) is { } review)
                review.ReceiveCorrection(submission.Id, Calendar.ChinaTime.DayOf(submission.CollectedAt));
    }

    /// <summary>
    /// A report of the year after, already read, was checked against an older edition of this year's (or none): its
    /// carry-over and documents in force are checked again against the one just read.
    /// </summary>
    private async Task RecheckFollowingYearsAsync(IEnumerable<(int Id, int AgencyId, int Year)> read, CancellationToken cancel, bool changed = false)
    {
        foreach (var (id, agencyId, year) in read)
        {
            var nextId = await SubmissionQueries.CurrentIdAsync(db, agencyId, year + 1, cancel);
            if (nextId is not { } n) continue;
            var next = await db.Submissions.SingleAsync(s => s.Id == n, cancel);
            if ((next.PreviousId == id && !changed) || await SubmissionQueries.CurrentIdAsync(db, agencyId, year, cancel) != id) continue;
            var (report, _) = Read(next);
            if (report is null) continue;
            var kept = await db.Submissions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.TablesJson, s.NarrativeJson, s.AgencyNameRead }).SingleAsync(cancel);
            var before = StoredReport.ReadPrevious(kept.TablesJson, kept.NarrativeJson, kept.AgencyNameRead, year);
            Accept(next, agencyId, year + 1, report, id, Auditor.Audit(report, before));
        }
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>
    /// The supervisor's correction of a misread value: kept with its reason, the document read again with every correction
    /// of the submission, audited again against the year before, and the year after checked again against it.
    /// </summary>
    public async Task CorrectAsync(ReportSubmission submission, Location cell, decimal? value, string? reason, Gongkai.Access.Actor by, CancellationToken cancel = default)
    {
        // The value as read is in the tables kept when it was read (a cell not corrected before holds the reader's value).
        var kept = StoredReport.ReadTables(submission.TablesJson, submission.AgencyNameRead, submission.Year);
        submission.Correct(cell, ReportCells.IsCell(cell) ? ReportCells.Get(kept, cell) : null, value, reason, by, time.GetUtcNow());
        var (report, error) = Read(submission);
        if (report is null) throw new DomainException(error ?? "无法读取该报告。");
        var (previousId, findings) = (await AuditAllAsync([(report, submission.AgencyId!.Value, submission.Year!.Value, submission.Id)], cancel))[0];
        Accept(submission, submission.AgencyId.Value, submission.Year.Value, report, previousId, findings);
        await db.SaveChangesAsync(cancel);
        await RecheckFollowingYearsAsync([(submission.Id, submission.AgencyId.Value, submission.Year.Value)], cancel, changed: true);
        log.LogInformation("Submission {Id}: a value corrected by the supervising office and audited again", submission.Id);
    }

    /// <summary>The report read from the submission's document, with the supervisor's corrections of misread values.</summary>
    private static (AnnualReport? Report, string? Error) Read(ReportSubmission submission)
    {
        var (report, error) = BatchAuditor.ReadOne(submission.Document);
        if (report is not null) submission.ApplyCorrections(report);
        return (report, error);
    }

    private static void Accept(ReportSubmission submission, int agencyId, int year, AnnualReport report, int? previousId, IReadOnlyList<Finding> findings) =>
        submission.Accept(agencyId, year, report.Agency, previousId, findings.Count(f => f.Severity == Severity.Error),
            findings.Count(f => f.Severity == Severity.Warning), report.Requests[RequestRow.Received, ApplicantColumn.Total],
            StoredReport.Tables(report), StoredReport.Findings(findings), StoredReport.Narrative(report));

    /// <summary>
    /// The agency named in the report's title (else in the file's name) in the directory of the office that uploaded it.
    /// An agency the directory does not hold is never added here: the batch page proposes its parent and level for the
    /// office to confirm.
    /// </summary>
    private async Task<(int? AgencyId, string? Reason)> MatchAsync(Dictionary<int, AgencyDirectory> directories, UploadBatch batch, string? name, string fileName, CancellationToken cancel)
    {
        if (!directories.TryGetValue(batch.SupervisorAgencyId, out var directory))
            directories[batch.SupervisorAgencyId] = directory = new AgencyDirectory((await SupervisedAgencies.TreeAsync(db, cancel)).Subtree(batch.SupervisorAgencyId));
        var match = string.IsNullOrWhiteSpace(name) ? directory.FindInFileName(fileName) : directory.Find(name);
        if (match is AgencyDirectory.Unknown && !string.IsNullOrWhiteSpace(name) && directory.FindInFileName(fileName) is AgencyDirectory.Found byFile)
            match = byFile;
        return match switch
        {
            AgencyDirectory.Found found => (found.AgencyId, null),
            AgencyDirectory.Ambiguous ambiguous => (null, $"本辖区有多个名为“{ambiguous.Name}”的机关，无法确定是哪一个。"),
            _ when string.IsNullOrWhiteSpace(name) => (null, "未能从报告标题或文件名中读出本辖区的机关名称。"),
            _ => (null, $"报告中的机关“{name}”不在本辖区机关名录中；请在本批次页面确认其上级机关和层级后添加。"),
        };
    }
}
