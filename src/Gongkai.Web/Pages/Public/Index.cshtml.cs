using Gongkai.Agencies;
using Gongkai.Supervision;

namespace Gongkai.Web.Pages.Public;

/// <summary>The public portal: apply, track a request, read the agencies' disclosures.</summary>
public sealed class IndexModel(GongkaiDbContext db) : PageModel
{
    /// <summary>The agencies in the order of the hierarchy (each below its supervising agency), real ones before demo ones.</summary>
    public List<(Agency Agency, int Depth)> Agencies { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public async Task OnGetAsync()
    {
        var all = await db.Agencies.AsNoTracking().ToListAsync();
        var byId = all.ToDictionary(a => a.Id);
        var tree = new AgencyTree(all.Select(a => new AgencyNode(a.Id, a.ParentId, a.Name)));
        var roots = all.Where(a => a.ParentId is null || !byId.ContainsKey(a.ParentId.Value)).OrderBy(a => a.IsDemo).ThenBy(a => a.Name, StringComparer.Ordinal);
        foreach (var root in roots)
            foreach (var node in tree.Subtree(root.Id))
                if (string.IsNullOrWhiteSpace(Q) || node.Name.Contains(Q.Trim(), StringComparison.Ordinal))
                    Agencies.Add((byId[node.Id], string.IsNullOrWhiteSpace(Q) ? tree.Depth(root.Id, node.Id) : 0));
    }
}
