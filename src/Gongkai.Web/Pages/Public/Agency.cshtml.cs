using Gongkai.Register;

namespace Gongkai.Web.Pages.Public;

/// <summary>The reading room of an agency: its proactive disclosures by catalogue category, with full-text search.</summary>
public sealed class AgencyModel(GongkaiDbContext db) : PageModel
{
    private const int PageSize = 100;

    public Agencies.Agency Current { get; private set; } = null!;
    public List<string> Categories { get; private set; } = [];
    public List<Disclosure> Items { get; private set; } = [];
    public List<(int Year, string Title, DateOnly PublishedOn)> Reports { get; private set; } = [];
    /// <summary>The newest version of the guide and of the basic catalogue, where published.</summary>
    public List<GuideVersion> Guides { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (agency is null) return NotFound();
        Current = agency;
        var published = await db.AnnualReports.OfAgency(id).AsNoTracking().Where(r => r.Status == Gongkai.Reports.ReportStatus.Published)
            .OrderByDescending(r => r.Year).ToListAsync();
        Reports = published.Select(r => (r.Year, r.Title(agency.Name), r.PublishedOn!.Value)).ToList();
        Guides = (await db.GuideVersions.OfAgency(id).AsNoTracking().ToListAsync())
            .GroupBy(g => g.Kind).Select(g => g.MaxBy(v => v.Number)!).OrderBy(g => g.Kind).ToList();
        Categories = await db.CatalogueCategories.OfAgency(id).AsNoTracking().OrderBy(c => c.Order).Select(c => c.Name).ToListAsync();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Items = (await Gongkai.Data.Search.DisclosureSearch.FindAsync(db, Q, id, PageSize * 5))
                .Where(d => string.IsNullOrWhiteSpace(Category) || d.Category == Category).Take(PageSize).ToList();
            return Page();
        }
        var items = db.Disclosures.OfAgency(id).AsNoTracking().Where(d => d.State == DisclosureState.Published && d.Attribute == DisclosureAttribute.Proactive);
        if (!string.IsNullOrWhiteSpace(Category)) items = items.Where(d => d.Category == Category);
        Items = await items.OrderByDescending(d => d.PublishedOn).Take(PageSize).ToListAsync();
        return Page();
    }
}
