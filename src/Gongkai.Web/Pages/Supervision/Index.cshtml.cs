using Gongkai.Agencies;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>The dashboard: every agency of the subtree for a year — submitted or not, on time or late, consistent or not.</summary>
public sealed class IndexModel(Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    [FromQuery] public string? Status { get; set; }
    [FromQuery] public string? Name { get; set; }
    [FromQuery] public AgencyLevel? Level { get; set; }

    public List<DashboardRow> All { get; private set; } = [];
    public List<DashboardRow> Rows { get; private set; } = [];
    public IReadOnlyList<int> Years => Enumerable.Range(ThisYear - 5, 6).Reverse().ToList();

    public async Task<IActionResult> OnGetAsync(int? year, int? under)
    {
        if (!await ScopeAsync(year, under)) return NotFound();
        All = await Dashboard.RowsAsync(Tree, Region.Id, Year);
        Rows = Dashboard.Apply(All, new Dashboard.Filter(Status, Name, Level)).ToList();
        return Page();
    }

    public int Count(Func<DashboardRow, bool> which) => All.Count(which);

    /// <summary>The link of this page with one filter changed.</summary>
    public string Link(string? status = "", int? year = null) =>
        $"/Supervision?year={year ?? Year}&under={Region.Id}&status={Uri.EscapeDataString(status == "" ? Status ?? "" : status ?? "")}&name={Uri.EscapeDataString(Name ?? "")}&level={Level}";
}
