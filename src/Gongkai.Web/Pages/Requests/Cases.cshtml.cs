using Gongkai.Cases;

namespace Gongkai.Web.Pages.Requests;

/// <summary>All administrative reviews and lawsuits of the agency, open ones first.</summary>
public sealed class CasesModel(GongkaiDbContext db) : PageModel
{
    public List<(ReviewCase Case, string Number)> Cases { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var agencyId = User.AgencyId();
        var rows = await db.Cases.AsNoTracking().OfAgency(agencyId)
            .Join(db.Requests, c => c.RequestId, r => r.Id, (c, r) => new { Case = c, r.Number })
            .OrderBy(x => x.Case.ClosedOn != null).ThenByDescending(x => x.Case.FiledOn).ToListAsync();
        Cases = rows.Select(x => (x.Case, x.Number)).ToList();
    }
}
