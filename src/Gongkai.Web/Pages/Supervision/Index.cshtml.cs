using Gongkai.Agencies;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>The dashboard: every agency of the subtree for a year — submitted or not, on time or late, consistent or not.</summary>
public sealed class IndexModel(Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    [FromQuery] public string? Status { get; set; }
    [FromQuery] public string? Name { get; set; }
    [FromQuery] public AgencyLevel? Level { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    /// <summary>Rows a page shows: a province's thousands are paged, the counts above them are of all.</summary>
    public const int PageSize = 200;

    public List<DashboardRow> All { get; private set; } = [];
    /// <summary>The rows of this page, after the filters.</summary>
    public List<DashboardRow> Rows { get; private set; } = [];
    public int Matching { get; private set; }
    public int Pages => Math.Max(1, (Matching + PageSize - 1) / PageSize);
    public IReadOnlyList<int> Years => Enumerable.Range(ThisYear - 5, 6).Reverse().ToList();

    public async Task<IActionResult> OnGetAsync(int? year, int? under)
    {
        if (!await ScopeAsync(year, under)) return NotFound();
        All = await Dashboard.RowsAsync(Tree, Region.Id, Year);
        var matching = Dashboard.Apply(All, new Dashboard.Filter(Status, Name, Level)).ToList();
        Matching = matching.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    public int Count(Func<DashboardRow, bool> which) => All.Count(which);

    /// <summary>The link of this page with one filter changed.</summary>
    public string Link(int? year = null, int? page = null, string? status = null) =>
        $"/Supervision?year={year ?? Year}&under={Region.Id}&status={Uri.EscapeDataString(status ?? Status ?? "")}&name={Uri.EscapeDataString(Name ?? "")}&level={Level}&page={page ?? 1}";
}
