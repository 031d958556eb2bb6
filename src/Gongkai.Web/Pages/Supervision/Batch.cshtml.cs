using Gongkai.Data;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// An upload's progress and its files: the counts of each state, the files with a problem first (unreadable, unknown
/// agency, errors), then all files a page at a time, so the page of a province's ZIP stays small while it refreshes.
/// </summary>
public sealed class BatchModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public sealed record FileRow(int Id, string FileName, SubmissionState State, string? Error, int? AgencyId, int? Year, int Errors, int Warnings);

    public const int PageSize = 200;

    public UploadBatch Batch { get; private set; } = null!;
    public Dictionary<SubmissionState, int> Counts { get; private set; } = [];
    public int WithErrors { get; private set; }
    public int Total => Counts.Values.Sum();
    public int Done => Total - Counts.GetValueOrDefault(SubmissionState.Pending);
    /// <summary>All files (a page of them) where <c>all</c> is asked, else those with a problem.</summary>
    public List<FileRow> Files { get; private set; } = [];
    [FromQuery] public bool All { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await ScopeAsync(null, null);
        var batch = await db.UploadBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
        if (batch is null || !Supervises(batch.SupervisorAgencyId)) return NotFound();
        Batch = batch;
        var files = db.Submissions.AsNoTracking().Where(s => s.BatchId == id);
        Counts = await files.GroupBy(s => s.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        WithErrors = await files.CountAsync(s => s.State == SubmissionState.Read && s.Errors > 0);
        var shown = All ? files : files.Where(s => s.State == SubmissionState.Unreadable || s.State == SubmissionState.Unmatched || s.Errors > 0);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Files = await shown.OrderBy(s => s.Id).Skip(All ? (PageNumber - 1) * PageSize : 0).Take(All ? PageSize : 500)
            .Select(s => new FileRow(s.Id, s.FileName, s.State, s.Error, s.AgencyId, s.Year, s.Errors, s.Warnings)).ToListAsync();
        return Page();
    }
}
