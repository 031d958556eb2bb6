using Gongkai.Data;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Requests;

/// <summary>The officer's worklist: pending requests by due date, overdue and due-soon first; applicants masked.</summary>
public sealed class IndexModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public const int DueSoonDays = 7;
    private const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string Filter { get; set; } = "open";

    [BindProperty(SupportsGet = true)]
    public RequestState? State { get; set; }

    public DateOnly Today { get; private set; }
    public List<WorklistRow> Rows { get; private set; } = [];

    public sealed record WorklistRow(long Id, string Number, string Applicant, bool IsPerson, DateOnly ReceivedOn, RequestState State, DateOnly? DueOn, string? OutcomeCode, bool ExtensionRequested);

    public async Task OnGetAsync()
    {
        Today = clock.Today;
        var rows = await Worklist(db, User.AgencyId(), Filter, State, Today).Take(PageSize).ToListAsync();
        Rows = rows.Select(Masked).ToList();
    }

    public static IQueryable<WorklistRow> Worklist(GongkaiDbContext db, int agencyId, string filter, RequestState? state, DateOnly today)
    {
        var requests = db.Requests.AsNoTracking().Where(r => r.AgencyId == agencyId);
        var soon = today.AddDays(DueSoonDays);
        requests = (filter, state) switch
        {
            (_, { } s) => requests.Where(r => r.State == s).OrderByDescending(r => r.ReceivedOn),
            ("overdue", _) => requests.Where(r => r.DueOn != null && r.DueOn < today).OrderBy(r => r.DueOn),
            ("soon", _) => requests.Where(r => r.DueOn != null && r.DueOn >= today && r.DueOn <= soon).OrderBy(r => r.DueOn),
            ("all", _) => requests.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id),
            _ => requests.Where(r => r.DueOn != null).OrderBy(r => r.DueOn),
        };
        return requests.Select(r => new WorklistRow(r.Id, r.Number, r.Applicant.Name, r.Applicant.Type == ApplicantType.NaturalPerson, r.ReceivedOn, r.State, r.DueOn, r.OutcomeCode, r.ExtensionRequested && !r.Extended));
    }

    /// <summary>A person's name is personal data: lists show its first character only.</summary>
    public static WorklistRow Masked(WorklistRow row) => row.IsPerson ? row with { Applicant = Applicant.Mask(row.Applicant, 1, 0) } : row;
}
