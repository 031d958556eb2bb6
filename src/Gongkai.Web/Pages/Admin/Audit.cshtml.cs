namespace Gongkai.Web.Pages.Admin;

/// <summary>The audit log of the administrator's own agency: its accounts, sign-ins, publications and views of personal data.</summary>
public sealed class AuditModel(GongkaiDbContext db) : PageModel
{
    public const int Shown = 500;
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var agencyId = User.AgencyId();
        Entries = await db.AuditLog.AsNoTracking().Where(e => e.AgencyId == agencyId).OrderByDescending(e => e.Id).Take(Shown).ToListAsync();
    }
}
