using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>The office's 政务公开工作要点 of a year: issued as tasks to every agency below it, with each agency's progress.</summary>
public sealed class WorkPointsModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public List<WorkPoint> Points { get; private set; } = [];
    /// <summary>Each point's progress by agency (agencies without an entry have not started).</summary>
    public ILookup<int, WorkPointProgress> Progress { get; private set; } = Enumerable.Empty<WorkPointProgress>().ToLookup(p => p.WorkPointId);
    public List<AgencyNode> Agencies { get; private set; } = [];
    public string? Error { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int? year)
    {
        await LoadAsync(year);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? year, string? title, string? requirement)
    {
        await LoadAsync(year);
        try
        {
            db.WorkPoints.Add(new WorkPoint(RootId, Year, Points.Count + 1, title, requirement, User.SupervisorActor(), Clock.Now));
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            Error = e.Message;
            return Page();
        }
        Done = $"已下达{Year}年工作要点第{Points.Count + 1}项。";
        return RedirectToPage(new { year = Year });
    }

    private async Task LoadAsync(int? year)
    {
        await ScopeAsync(year ?? Clock.Today.Year, null);
        Points = await db.WorkPoints.AsNoTracking().Where(p => p.OfficeAgencyId == RootId && p.Year == Year).OrderBy(p => p.Number).ToListAsync();
        var ids = Points.Select(p => p.Id).ToList();
        Agencies = Tree.Subtree(RootId).Where(a => a.Id != RootId).ToList();
        Progress = (await db.WorkPointProgress.AsNoTracking().Where(p => ids.Contains(p.WorkPointId)).ToListAsync())
            .Where(p => Supervises(p.AgencyId)).ToLookup(p => p.WorkPointId);
    }
}
