using Gongkai.Register;

namespace Gongkai.Web.Pages.Register;

/// <summary>The agency's 政府信息公开指南 and 主动公开基本目录: the text of the newest version to revise, and every earlier version.</summary>
public sealed class GuideModel(GongkaiDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public GuideKind Kind { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Change { get; set; }

    public List<GuideVersion> Versions { get; private set; } = [];
    public string? Error { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Text = Versions.FirstOrDefault()?.Text ?? await DraftAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var agencyId = User.AgencyId();
        try
        {
            db.GuideVersions.Add(new GuideVersion(agencyId, Kind, Versions.Count + 1, Text, Change, clock.Today, User.DisplayName()));
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            return Page();
        }
        Done = $"已发布《{Kind.Title()}》第{Versions.Count + 1}版，公开阅览室已更新。";
        return RedirectToPage(new { kind = Kind });
    }

    private async Task LoadAsync()
    {
        var agencyId = User.AgencyId();
        Versions = await db.GuideVersions.AsNoTracking().OfAgency(agencyId).Where(g => g.Kind == Kind).OrderByDescending(g => g.Number).ToListAsync();
    }

    private async Task<string> DraftAsync()
    {
        var agencyId = User.AgencyId();
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agencyId);
        var categories = await db.CatalogueCategories.AsNoTracking().OfAgency(agencyId).OrderBy(c => c.Order).Select(c => c.Name).ToListAsync();
        return Kind.Draft(agency.Name, agency.Address, agency.Phone, categories);
    }
}
