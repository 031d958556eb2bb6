using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// A page of the supervising office: it works on the office's own agency and every agency below it, and on a part of
/// that subtree where <c>under</c> names one; anything outside is answered as not found.
/// </summary>
public abstract class SupervisionPage(Dashboard dashboard, Clock clock) : PageModel
{
    protected Dashboard Dashboard => dashboard;
    protected Clock Clock => clock;
    public AgencyTree Tree { get; private set; } = null!;
    public int RootId { get; private set; }
    /// <summary>The part of the subtree shown, by default the office's own.</summary>
    public AgencyNode Region { get; private set; } = null!;
    public int Year { get; private set; }
    public int ThisYear => clock.Today.Year;
    public DateOnly Today => clock.Today;

    /// <summary>Loads the subtree; false if <paramref name="under"/> is outside it.</summary>
    protected async Task<bool> ScopeAsync(int? year, int? under)
    {
        Tree = await dashboard.TreeAsync();
        RootId = User.AgencyId();
        Year = year is >= 2008 and <= 2100 ? year.Value : clock.Today.Year - 1;
        var region = under ?? RootId;
        if (!Tree.Contains(RootId, region)) return false;
        Region = Tree.Find(region)!;
        return true;
    }

    protected bool Supervises(int? agencyId) => agencyId is { } id && Tree.Contains(RootId, id);
}
