using Gongkai.Data;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>An upload's progress and the result of every file: read (with findings), unreadable or unmatched, each with its reason.</summary>
public sealed class BatchModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public sealed record FileRow(int Id, string FileName, SubmissionState State, string? Error, int? AgencyId, int? Year, int Errors, int Warnings);

    public UploadBatch Batch { get; private set; } = null!;
    public List<FileRow> Files { get; private set; } = [];
    public int Done => Files.Count(f => f.State != SubmissionState.Pending);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await ScopeAsync(null, null);
        var batch = await db.UploadBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
        if (batch is null || !Supervises(batch.SupervisorAgencyId)) return NotFound();
        Batch = batch;
        Files = await db.Submissions.AsNoTracking().Where(s => s.BatchId == id).OrderBy(s => s.Id)
            .Select(s => new FileRow(s.Id, s.FileName, s.State, s.Error, s.AgencyId, s.Year, s.Errors, s.Warnings)).ToListAsync();
        return Page();
    }
}
