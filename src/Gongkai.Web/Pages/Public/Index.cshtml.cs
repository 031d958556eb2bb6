using Gongkai.Agencies;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Public;

/// <summary>The public portal: apply, track a request, read the agencies' disclosures.</summary>
public sealed class IndexModel(GongkaiDbContext db) : PageModel
{
    public List<Agency> Agencies { get; private set; } = [];

    public async Task OnGetAsync() => Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.IsDemo).ThenBy(a => a.Name).ToListAsync();
}
