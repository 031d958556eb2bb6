using Gongkai.Register;

namespace Gongkai.Web.Pages.Register;

/// <summary>A reviewer's queue: the agency's disclosures waiting at a stage this person decides.</summary>
public sealed class ReviewsModel(GongkaiDbContext db) : PageModel
{
    public IReadOnlyList<ReviewStage> Duties { get; private set; } = [];
    public List<Disclosure> Waiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Duties = await Gongkai.Web.Disclosures.ReviewDuties.OfAsync(db, User);
        var agencyId = User.AgencyId();
        var inReview = await db.Disclosures.AsNoTracking().OfAgency(agencyId).Where(d => d.State == DisclosureState.InReview).OrderBy(d => d.Id).ToListAsync();
        Waiting = inReview.Where(d => d.CurrentStage is { } s && Duties.Contains(s)).ToList();
    }
}
