using Gongkai.Calendar;
using Gongkai.Cases;
using Gongkai.Reports;
using Gongkai.Letters;
using Gongkai.Requests;

namespace Gongkai.Web.Pages.Requests;

/// <summary>One request: the applicant in full (for those who handle it), the deadline and how it was computed, the history, and the next steps.</summary>
public sealed class DetailsModel(GongkaiDbContext db, Clock clock, CalendarService calendars, RequestSteps steps, AuditLog audit, ILogger<DetailsModel> log) : PageModel
{
    public InformationRequest Current { get; private set; } = null!;
    public Deadline? Deadline { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Conflict { get; private set; }
    public List<Letter> Letters { get; private set; } = [];
    /// <summary>The reply drafted on the decision, awaiting the head's sign-off.</summary>
    public Letter? ReplyDraft { get; private set; }
    [BindProperty] public string? LetterBody { get; set; }
    public List<ReviewCase> Cases { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    [BindProperty] public string Step { get; set; } = "";
    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public FeeMethod FeeMethod { get; set; }
    [BindProperty] public int Quantity { get; set; }
    [BindProperty] public Dictionary<string, string> Fields { get; set; } = [];
    [BindProperty] public int? Days { get; set; }
    [BindProperty] public ConsultationAnswer Answer { get; set; }
    [BindProperty] public bool Reasonable { get; set; }
    [BindProperty] public DateOnly? Until { get; set; }
    [BindProperty] public DeliveryMethod Delivery { get; set; }

    public List<RequestFile> Files { get; private set; } = [];
    /// <summary>Why files cannot be attached to the reply now, or null.</summary>
    public string? AttachmentRefusal { get; private set; }

    /// <summary>The steps the officer may take now, as the request's own table allows (approvals are on the head's page).</summary>
    public IReadOnlyList<RequestStep> Steps { get; private set; } = [];
    public DateOnly? NoticePeriodEnds { get; private set; }
    public DateOnly? ConsultationEnds { get; private set; }
    /// <summary>Three working days or fewer left of the consultation's 15.</summary>
    public bool ConsultationEndsSoon { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        // The page shows the applicant's ID number, phone and address in full: every such view is in the audit log.
        await audit.PersonalDataViewedAsync(Current, "办理页面");
        On = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (On is null)
        {
            ModelState.AddModelError(nameof(On), "请填写日期。");
            return Page();
        }
        var (result, message) = await steps.ApplyAsync(Current, new StepInput(Step, Version, On.Value, Note, Outcome, FeeMethod, Quantity, Fields, Days, Answer, Reasonable, Until, Delivery), User.Actor());
        switch (result)
        {
            case StepResult.Conflict:
                Conflict = message;
                return Page();
            case StepResult.Refused:
                ModelState.AddModelError("", message!);
                return Page();
        }
        log.LogInformation("Request {RequestId} step {Step} by user {UserId}", Current.Id, Step, User.Identity?.Name);
        Done = "已保存。";
        return RedirectToPage(new { id });
    }

    /// <summary>Attaches the information itself to the reply (予以公开, 部分公开); the applicant downloads it once the reply is served.</summary>
    public async Task<IActionResult> OnPostAttachAsync(long id, List<IFormFile> files)
    {
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            if (AttachmentRefusal is { } refusal) throw new DomainException(refusal);
            if (files.Count == 0) throw new DomainException("请选择要附上的文件。");
            foreach (var upload in files)
                db.RequestFiles.Add(await Gongkai.Web.Requests.RequestFiles.ReadAsync(upload, Current, RequestFilePurpose.ReplyAttachment, User.DisplayName(), clock.Now));
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("files", e.Message);
            return Page();
        }
        log.LogInformation("Request {RequestId}: {Count} reply attachment(s) added by user {UserId}", Current.Id, files.Count, User.Identity?.Name);
        Done = $"已附上{files.Count}个文件。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDetachAsync(long id, long fileId)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (AttachmentRefusal is not null) return NotFound();
        var file = await db.RequestFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.RequestId == id && f.Purpose == RequestFilePurpose.ReplyAttachment);
        if (file is null) return NotFound();
        db.RequestFiles.Remove(file);
        await db.SaveChangesAsync();
        Done = $"已删除附件“{file.FileName}”。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetFileAsync(long id, long fileId)
    {
        var agencyId = User.AgencyId();
        var file = await db.RequestFiles.OfAgency(agencyId).AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.RequestId == id);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The officer edits the drafted reply's text before the head signs it off.</summary>
    public async Task<IActionResult> OnPostEditLetterAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (ReplyDraft is null) return NotFound();
        var draft = await db.Letters.SingleAsync(l => l.Id == ReplyDraft.Id);
        try
        {
            draft.Edit(LetterBody ?? "");
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(LetterBody), e.Message);
            return Page();
        }
        log.LogInformation("Request {RequestId} reply draft edited by user {UserId}", Current.Id, User.Identity?.Name);
        Done = "已保存答复书草稿。";
        return RedirectToPage(new { id });
    }

    /// <summary>Records an administrative review or lawsuit against the reply (table 四).</summary>
    public async Task<IActionResult> OnPostCaseAsync(long id, CaseKind kind, DateOnly? filedOn, string? body)
    {
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            if (filedOn is null) throw new DomainException("请填写立案（申请）日期。");
            db.Cases.Add(new ReviewCase(Current.AgencyId, Current.Id, kind, filedOn.Value, body ?? ""));
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        Done = "已登记。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConcludeAsync(long id, long caseId, CaseOutcome outcome, DateOnly? closedOn)
    {
        if (!await LoadAsync(id)) return NotFound();
        var reviewCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId && c.RequestId == id);
        if (reviewCase is null) return NotFound();
        try
        {
            // Concluding changes table 四 of the year it concludes in (a case open at a year's end counts as 尚未审结 there).
            reviewCase.Conclude(outcome, closedOn ?? clock.Today);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        Done = "已登记审结结果。";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id)
    {
        var agencyId = User.AgencyId();
        var request = await db.Requests.FindWithHistoryAsync(agencyId, id);
        if (request is null) return false;
        Current = request;
        Today = clock.Today;
        Cases = await db.Cases.AsNoTracking().Where(c => c.RequestId == id).OrderBy(c => c.FiledOn).ToListAsync();
        Letters = await db.Letters.AsNoTracking().Where(l => l.RequestId == id).OrderBy(l => l.Id).ToListAsync();
        var calendar = await calendars.GetAsync();
        Deadline = request.State.IsPending() ? request.Deadline(calendar, Today) : null;
        var roles = User.StaffRoles();
        Steps = request.AvailableSteps().Where(s => AccessTable.Allows(roles, s.Permission, AgencyRelation.Own)).ToList();
        ReplyDraft = Letters.SingleOrDefault(l => l.IsDraft);
        Files = await Gongkai.Web.Requests.RequestFiles.ListAsync(db, id);
        AttachmentRefusal = request.ReplyAttachmentRefusal();
        NoticePeriodEnds = request.NoticePeriodEnds(calendar);
        ConsultationEnds = request.ConsultationEnds(calendar);
        ConsultationEndsSoon = ConsultationEnds is { } ends && Gongkai.Calendar.Deadline.Compute(Today, 3, calendar).Due >= ends;
        return true;
    }
}
