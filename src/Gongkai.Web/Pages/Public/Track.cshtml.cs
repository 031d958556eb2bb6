using Gongkai.Letters;
using Gongkai.Requests;

namespace Gongkai.Web.Pages.Public;

/// <summary>Following a request: its state, due date and the letters addressed to the applicant. Nothing else, to no one else.</summary>
public sealed class TrackModel(GongkaiDbContext db, Portal portal, CalendarService calendars, Clock clock) : PageModel
{

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? LastFour { get; set; }

    public InformationRequest? Found { get; private set; }
    public DateOnly? Due { get; private set; }
    public List<Letter> Letters { get; private set; } = [];
    /// <summary>The information provided with the reply, once the reply is served.</summary>
    public List<RequestFile> Files { get; private set; } = [];
    /// <summary>What the applicant was asked to correct, while a 补正 is open.</summary>
    public string? CorrectionItems { get; private set; }
    [BindProperty] public string? Answer { get; set; }
    [TempData] public string? Done { get; set; }
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
        await ShowAsync(Found);
        return Page();
    }

    /// <summary>The applicant answers a 补正 online, with text and files; the reply period restarts on the day it is received.</summary>
    public async Task<IActionResult> OnPostCorrectionAsync(List<IFormFile> files)
    {
        var request = await portal.TrackAsync(Code, LastFour);
        if (request is null)
        {
            Error = Portal.TrackingNotFound;
            return Page();
        }
        try
        {
            await portal.SubmitCorrectionAsync(request.Id, Answer ?? "", files);
            Done = "补正材料已提交，答复期限自收到补正材料之日起重新计算。";
        }
        catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(Answer), e is DomainException ? e.Message : "该申请刚有办理进展，补正没有提交；请重新查询后再提交。");
        }
        Found = await portal.TrackAsync(Code, LastFour);
        await ShowAsync(Found!);
        return Page();
    }

    private async Task ShowAsync(InformationRequest request)
    {
        var paused = request.State == RequestState.CorrectionRequested || request.PausedSince is not null;
        Due = request.State.IsPending() && !paused ? request.Deadline(await calendars.GetAsync(), clock.Today).Due : null;
        Letters = await Portal.ApplicantLetters(db, request.Id).ToListAsync();
        Files = request.RepliedOn is null ? [] : await Gongkai.Web.Requests.RequestFiles.ListAsync(db, request.Id, RequestFilePurpose.ReplyAttachment);
        CorrectionItems = request.State == RequestState.CorrectionRequested ? request.CorrectionItems : null;
    }

    /// <summary>A file of the reply, downloaded with the same code and number once the reply is served.</summary>
    public async Task<IActionResult> OnPostFileAsync(long fileId)
    {
        var request = await portal.TrackAsync(Code, LastFour);
        var file = request?.RepliedOn is null ? null
            : await db.RequestFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.RequestId == request.Id && f.Purpose == RequestFilePurpose.ReplyAttachment);
        if (file is null)
        {
            Error = Portal.TrackingNotFound;
            return Page();
        }
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A letter is downloaded with the same code and number, posted, so neither stands in a link.</summary>
    public async Task<IActionResult> OnPostLetterAsync(long letterId)
    {
        var request = await portal.TrackAsync(Code, LastFour);
        var letter = request is null ? null
            : await Portal.ApplicantLetters(db, request.Id).SingleOrDefaultAsync(l => l.Id == letterId);
        if (letter is null)
        {
            Error = Portal.TrackingNotFound;
            return Page();
        }
        return File(letter.Docx, ContentTypes.Docx, letter.FileName);
    }
}
