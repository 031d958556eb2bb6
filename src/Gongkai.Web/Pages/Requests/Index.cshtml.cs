using Gongkai.Requests;
using Gongkai.Web.Requests;

namespace Gongkai.Web.Pages.Requests;

/// <summary>The officer's worklist page (<see cref="Worklist"/>): overdue and due-soon first; applicants masked.</summary>
public sealed class IndexModel(GongkaiDbContext db, Clock clock) : PageModel
{
    private const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string Filter { get; set; } = "open";

    [BindProperty(SupportsGet = true)]
    public RequestState? State { get; set; }

    public DateOnly Today { get; private set; }
    public List<Worklist.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = clock.Today;
        var rows = await Worklist.Query(db, User.AgencyId(), Filter, State, Today).Take(PageSize).ToListAsync();
        Rows = rows.Select(Worklist.Masked).ToList();
        var agencyId = User.AgencyId();
        var since = clock.Now.AddDays(-UrgingDays);
        Urgings = (await db.Urgings.AsNoTracking().OfAgency(agencyId).ToListAsync())
            .Where(u => u.SentAt >= since).OrderByDescending(u => u.SentAt).Take(3).ToList();
    }

    /// <summary>How long the supervising office's 督办 notices stay on the worklist.</summary>
    public const int UrgingDays = 60;

    /// <summary>The supervising office's recent 督办 notices to this agency.</summary>
    public List<Gongkai.Supervision.Urging> Urgings { get; private set; } = [];
}
