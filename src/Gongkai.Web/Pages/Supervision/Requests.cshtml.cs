using Gongkai.Access;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// 督办 of live requests: per agency of the subtree that handles requests in Gongkai, how many are due within five working
/// days, overdue, and were answered late this year (counts only); a 督办 notice the agency sees on its worklist.
/// </summary>
public sealed class RequestsModel(GongkaiDbContext db, Dashboard dashboard, Clock clock, RequestLoads loads, AuditLog audit) : SupervisionPage(dashboard, clock)
{
    public List<(AgencyNode Agency, RequestLoad Load, Urging? Last)> Rows { get; private set; } = [];
    public string? Error { get; private set; }
    public int? ErrorAgency { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int? under)
    {
        if (!await LoadAsync(under)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostUrgeAsync(int? under, int agencyId, string? note)
    {
        if (!await LoadAsync(under)) return NotFound();
        if (agencyId == RootId || !Supervises(agencyId)) return NotFound();
        var load = Rows.FirstOrDefault(r => r.Agency.Id == agencyId).Load ?? new RequestLoad(0, 0, 0);
        try
        {
            db.Urgings.Add(new Urging(RootId, agencyId, load, note, User.SupervisorActor(), Clock.Now));
        }
        catch (DomainException e)
        {
            (Error, ErrorAgency) = (e.Message, agencyId);
            return Page();
        }
        await db.SaveChangesAsync();
        await audit.RecordAsync(AuditAction.Urged, agencyId, Tree.Find(agencyId)!.Name, $"逾期{load.Overdue}件，5个工作日内到期{load.DueSoon}件");
        Done = $"已向{Tree.Find(agencyId)!.Name}发出督办通知。";
        return RedirectToPage(new { under });
    }

    private async Task<bool> LoadAsync(int? under)
    {
        if (!await ScopeAsync(null, under)) return false;
        var agencies = Tree.Subtree(Region.Id).Where(a => a.Id != RootId).ToDictionary(a => a.Id);
        var counts = await loads.ForAsync(agencies.Keys.ToHashSet());
        var last = (await db.Urgings.AsNoTracking().Where(u => u.SupervisorAgencyId == RootId).ToListAsync())
            .GroupBy(u => u.AgencyId).ToDictionary(g => g.Key, g => g.MaxBy(u => u.SentAt)!);
        Rows = counts.Select(c => (agencies[c.Key], c.Value, last.GetValueOrDefault(c.Key)))
            .OrderByDescending(r => r.Value.Overdue).ThenByDescending(r => r.Value.DueSoon).ThenBy(r => r.Item1.Name, StringComparer.Ordinal).ToList();
        return true;
    }
}
