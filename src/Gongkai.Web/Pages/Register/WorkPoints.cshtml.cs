using Gongkai.Supervision;

namespace Gongkai.Web.Pages.Register;

/// <summary>The year's work points the offices above issued: the agency names the department that carries each, its progress and evidence.</summary>
public sealed class WorkPointsModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public int Year { get; private set; }
    public List<Data.Supervision.AgencyWorkPoint> Points { get; private set; } = [];
    public string? Error { get; private set; }
    public int? ErrorPoint { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnPostAsync(int? year, int pointId, string? department, WorkPointState state, string? note, string? evidence)
    {
        await LoadAsync(year);
        if (Points.All(p => p.Point.Id != pointId)) return NotFound();
        var agencyId = User.AgencyId();
        var progress = await db.WorkPointProgress.OfAgency(agencyId).SingleOrDefaultAsync(p => p.WorkPointId == pointId)
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
        Points = await Data.Supervision.WorkPointQueries.ForAgencyAsync(db, User.AgencyId(), Year);
    }
}
