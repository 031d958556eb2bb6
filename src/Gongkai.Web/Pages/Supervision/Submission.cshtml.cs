using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>One collected report: its tables as read, and every finding with its location; the document as published.</summary>
public sealed class SubmissionModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public sealed record Details(int Id, int? AgencyId, int? Year, SubmissionSource Source, string FileName, DateOnly PublishedOn,
        SubmissionState State, string? Error, string? AgencyNameRead, int? PreviousId, string TablesJson, string FindingsJson, int? BatchId);

    public Details Submission { get; private set; } = null!;
    public AnnualReport? Report { get; private set; }
    public List<Finding> Findings { get; private set; } = [];
    public bool OnTime => Submission.Year is { } y && AnnualReportRecord.PublishedOnTime(y, Submission.PublishedOn);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is not { } details) return NotFound();
        Submission = details;
        if (details.State == SubmissionState.Read)
        {
            Report = ReportJson.ReadTables(details.TablesJson, details.AgencyNameRead, details.Year);
            Findings = ReportJson.ReadFindings(details.FindingsJson);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id)
    {
        if (await LoadAsync(id) is not { } details) return NotFound();
        var document = await db.Submissions.Where(s => s.Id == id).Select(s => s.Document).SingleAsync();
        var name = details.FileName[(details.FileName.LastIndexOf('/') + 1)..];
        return File(document, "application/octet-stream", name);
    }

    /// <summary>The submission, if it is of an agency of the subtree or of an upload by an office of the subtree.</summary>
    private async Task<Details?> LoadAsync(int id)
    {
        await ScopeAsync(null, null);
        var details = await db.Submissions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new Details(s.Id, s.AgencyId, s.Year, s.Source, s.FileName, s.PublishedOn, s.State, s.Error, s.AgencyNameRead, s.PreviousId, s.TablesJson, s.FindingsJson, s.BatchId))
            .SingleOrDefaultAsync();
        if (details is null) return null;
        if (Supervises(details.AgencyId)) return details;
        var uploader = details.BatchId is { } b ? await db.UploadBatches.Where(x => x.Id == b).Select(x => (int?)x.SupervisorAgencyId).SingleOrDefaultAsync() : null;
        return details.AgencyId is null && Supervises(uploader) ? details : null;
    }
}
