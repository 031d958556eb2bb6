using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>A government's own report against the sum of the reports of the agencies directly below it, figure by figure.</summary>
public sealed class HierarchyModel(Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public bool HasOwnReport { get; private set; }
    public List<HierarchyFact> Facts { get; private set; } = [];
    public List<AgencyNode> Missing { get; private set; } = [];
    public int Below { get; private set; }
    /// <summary>The agencies of the subtree that have agencies below them: the governments that can be checked.</summary>
    public List<AgencyNode> Governments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, int? under)
    {
        if (!await ScopeAsync(year, under)) return NotFound();
        Governments = Tree.Subtree(RootId).Where(a => Tree.HasChildren(a.Id)).ToList();
        var children = Tree.Children(Region.Id).Select(c => c.Id).ToHashSet();
        Below = children.Count;
        var rows = (await Dashboard.RowsAsync(Tree, Region.Id, Year)).Where(r => r.Agency.Id == Region.Id || children.Contains(r.Agency.Id)).ToList();
        var reports = (await Dashboard.ReportsAsync(rows)).ToDictionary(r => r.Row.Agency.Id, r => r.Report);
        Missing = rows.Where(r => children.Contains(r.Agency.Id) && !reports.ContainsKey(r.Agency.Id)).Select(r => r.Agency).ToList();
        HasOwnReport = reports.TryGetValue(Region.Id, out var own);
        if (own is not null)
            Facts = HierarchyCheck.Check(own, reports.Where(r => r.Key != Region.Id).Select(r => r.Value).ToList(), Missing.Count);
        return Page();
    }

    public static string Number(decimal? value) => Figures.Show(value, "—");
}
