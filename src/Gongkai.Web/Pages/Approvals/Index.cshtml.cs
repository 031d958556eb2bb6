using Gongkai.Requests;

namespace Gongkai.Web.Pages.Approvals;

/// <summary>The head's approvals: extensions the officers asked for (Art. 33).</summary>
public sealed class IndexModel(GongkaiDbContext db, RequestSteps steps, Clock clock) : PageModel
{
    public List<InformationRequest> Pending { get; private set; } = [];
    /// <summary>Decided requests whose reply letter awaits the head's sign-off.</summary>
    public List<InformationRequest> Replies { get; private set; } = [];
    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostApproveAsync(long id, int version) =>
        DecideAsync(id, new StepInput(RequestStep.ApproveExtension.Key, version, clock.Today), "已批准 {0} 延期答复，延期答复告知书已出具。");

    /// <summary>The head may also refuse: the officer then replies within the original period.</summary>
    public Task<IActionResult> OnPostRefuseAsync(long id, int version, string? reason) =>
        DecideAsync(id, new StepInput(RequestStep.RefuseExtension.Key, version, clock.Today, reason), "已不同意 {0} 延期答复，经办人须在原期限内答复。");

    private async Task<IActionResult> DecideAsync(long id, StepInput input, string done)
    {
        var agencyId = User.AgencyId();
        var request = await db.Requests.FindWithHistoryAsync(agencyId, id);
        if (request is null) return NotFound();
        var (result, message) = await steps.ApplyAsync(request, input, User.Actor());
        if (result != StepResult.Done)
        {
            Error = message;
            await LoadAsync();
            return Page();
        }
        Done = string.Format(null, done, request.Number);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var agencyId = User.AgencyId();
        Pending = await db.Requests.AsNoTracking()
            .OfAgency(agencyId).Where(r => r.ExtensionRequested && !r.Extended && r.DueOn != null)
            .OrderBy(r => r.DueOn).ToListAsync();
        Replies = await db.Requests.AsNoTracking()
            .OfAgency(agencyId).Where(r => r.State == RequestState.Decided && r.ReplySignedOffOn == null)
            .OrderBy(r => r.DecidedOn).ToListAsync();
    }
}
