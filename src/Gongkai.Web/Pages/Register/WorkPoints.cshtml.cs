using Gongkai.Supervision;

namespace Gongkai.Web.Pages.Register;

/// <summary>The year's work points the offices above issued: the agency names the department that carries each, its progress and evidence.</summary>
public sealed class WorkPointsModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public int Year { get; private set; }
    public List<(WorkPoint Point, string Office, WorkPointProgress? Progress)> Points { get; private set; } = [];
    public string? Error { get; private set; }
    public int? ErrorPoint { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnPostAsync(int? year, int pointId, string? department, WorkPointState state, string? note, string? evidence)
    {
        await LoadAsync(year);
        if (Points.All(p => p.Point.Id != pointId)) return NotFound();
        var agencyId = User.AgencyId();
        var progress = await db.WorkPointProgress.SingleOrDefaultAsync(p => p.WorkPointId == pointId && p.AgencyId == agencyId)
            ?? db.WorkPointProgress.Add(new WorkPointProgress(pointId, agencyId)).Entity;
        try
        {
            progress.Record(department, state, note, evidence, User.Actor(), clock.Now);
        }
        catch (DomainException e)
        {
            (Error, ErrorPoint) = (e.Message, pointId);
            return Page();
        }
        await db.SaveChangesAsync();
        Done = "已登记落实情况。";
        return RedirectToPage(new { year = Year });
    }

    private async Task LoadAsync(int? year)
    {
        Year = year ?? clock.Today.Year;
        var agencyId = User.AgencyId();
        var above = new Dictionary<int, string>();
        var parent = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.ParentId).SingleAsync();
        while (parent is { } p && !above.ContainsKey(p) && above.Count < 16)
        {
            var office = await db.Agencies.Where(a => a.Id == p).Select(a => new { a.Name, a.ParentId }).SingleAsync();
            above[p] = office.Name;
            parent = office.ParentId;
        }
        var ids = above.Keys.ToList();
        var points = await db.WorkPoints.AsNoTracking().Where(w => ids.Contains(w.OfficeAgencyId) && w.Year == Year).OrderBy(w => w.OfficeAgencyId).ThenBy(w => w.Number).ToListAsync();
        var pointIds = points.Select(p => p.Id).ToList();
        var progress = await db.WorkPointProgress.AsNoTracking().Where(p => p.AgencyId == agencyId && pointIds.Contains(p.WorkPointId)).ToDictionaryAsync(p => p.WorkPointId);
        Points = points.Select(p => (p, above[p.OfficeAgencyId], progress.GetValueOrDefault(p.Id))).ToList();
    }
}
