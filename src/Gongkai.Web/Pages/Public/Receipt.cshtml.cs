using Gongkai.Requests;

namespace Gongkai.Web.Pages.Public;

/// <summary>The receipt after applying: the tracking code and the statutory due date; nothing of the applicant.</summary>
public sealed class ReceiptModel(GongkaiDbContext db, CalendarService calendars, Clock clock) : PageModel
{
    public InformationRequest Current { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";
    public DateOnly Due { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.TrackingCode == code);
        if (request is null) return NotFound();
        Current = request;
        AgencyName = await db.Agencies.Where(a => a.Id == request.AgencyId).Select(a => a.Name).SingleAsync();
        Due = request.Deadline(await calendars.GetAsync(), clock.Today).Due;
        return Page();
    }
}
