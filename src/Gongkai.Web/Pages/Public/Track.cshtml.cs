using Gongkai.Data;
using Gongkai.Letters;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Public;

/// <summary>Following a request: its state, due date and the letters addressed to the applicant. Nothing else, to no one else.</summary>
public sealed class TrackModel(GongkaiDbContext db, Portal portal, CalendarService calendars, Clock clock) : PageModel
{

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? LastFour { get; set; }

    public InformationRequest? Found { get; private set; }
    public DateOnly? Due { get; private set; }
    public List<Letter> Letters { get; private set; } = [];
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Found = await portal.TrackAsync(Code, LastFour);
        if (Found is null)
        {
            Error = Portal.TrackingNotFound;
            return Page();
        }
        Due = Found.State.IsPending() ? Found.Deadline(await calendars.GetAsync(), clock.Today).Due : null;
        Letters = await db.Letters.AsNoTracking().Where(l => l.RequestId == Found.Id && l.ToApplicant && l.Number != null).OrderBy(l => l.Id).ToListAsync();
        return Page();
    }

    /// <summary>A letter is downloaded with the same code and number, posted, so neither stands in a link.</summary>
    public async Task<IActionResult> OnPostLetterAsync(long letterId)
    {
        var request = await portal.TrackAsync(Code, LastFour);
        var letter = request is null ? null
            : await db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.RequestId == request.Id && l.ToApplicant && l.Number != null);
        if (letter is null)
        {
            Error = Portal.TrackingNotFound;
            return Page();
        }
        return File(letter.Docx, Requests.LetterModel.DocxContentType, letter.FileName);
    }
}
