using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>The audit log of the office's agency and those below it (or of one of them), as the access table allows.</summary>
public sealed class AuditModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? agency)
    {
        if (!await ScopeAsync(null, agency)) return NotFound();
        var ids = Tree.Subtree(Region.Id).Select(a => (int?)a.Id).ToHashSet();
        // A province has thousands of agencies: filter the newest lines in memory rather than with a list of every id.
        var newest = await db.AuditLog.AsNoTracking().Where(e => e.AgencyId != null).OrderByDescending(e => e.Id).Take(20_000).ToListAsync();
        Entries = newest.Where(e => ids.Contains(e.AgencyId)).Take(Admin.AuditModel.Shown).ToList();
        return Page();
    }
}
