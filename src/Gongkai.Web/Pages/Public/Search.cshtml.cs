using Gongkai.Register;

namespace Gongkai.Web.Pages.Public;

/// <summary>The reading rooms of all agencies searched at once, by Chinese words.</summary>
public sealed class SearchModel(GongkaiDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<(Disclosure Item, string Agency)> Results { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Q)) return;
        var found = await Gongkai.Data.Search.DisclosureSearch.FindAsync(db, Q, null, 100);
        var ids = found.Select(d => d.AgencyId).Distinct().ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name);
        Results = found.Select(d => (d, names[d.AgencyId])).ToList();
    }
}
