using Gongkai.Register;

namespace Gongkai.Web.Pages.Public;

/// <summary>An agency's guide or basic catalogue in the reading room: the newest version (or the one asked for) with its revision date, and the list of versions.</summary>
public sealed class GuideModel(GongkaiDbContext db) : PageModel
{
    public Agencies.Agency Agency { get; private set; } = null!;
    public GuideKind Kind { get; private set; }
    public GuideVersion Shown { get; private set; } = null!;
    public List<GuideVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int agency, GuideKind kind, int? version)
    {
        if (await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agency) is not { } found) return NotFound();
        (Agency, Kind) = (found, kind);
        Versions = await db.GuideVersions.OfAgency(agency).AsNoTracking().Where(g => g.Kind == kind).OrderByDescending(g => g.Number).ToListAsync();
        if ((version is { } n ? Versions.FirstOrDefault(v => v.Number == n) : Versions.FirstOrDefault()) is not { } shown) return NotFound();
        Shown = shown;
        return Page();
    }
}
