using Gongkai.Agencies;

namespace Gongkai.Web.Pages.Public;

/// <summary>Applying online: the fields the Regulation requires, checked on the server, one request per submission.</summary>
public sealed class ApplyModel(GongkaiDbContext db, Portal portal) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int AgencyId { get; set; }

    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    /// <summary>A key per form shown: a second post of the same form (double click, refresh) returns the first request.</summary>
    [BindProperty]
    public string SubmissionKey { get; set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "agency")] int agency)
    {
        AgencyId = agency;
        if (!await LoadAsync()) return NotFound();
        SubmissionKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!Guid.TryParseExact(SubmissionKey, "N", out _)) ModelState.AddModelError(nameof(SubmissionKey), "表单已失效，请刷新页面后重新填写。");
        if (!ModelState.IsValid) return Page();
        var (request, _) = await portal.SubmitAsync(AgencyId, Form, SubmissionKey);
        return RedirectToPage("Receipt", new { code = request.TrackingCode });
    }

    private async Task<bool> LoadAsync()
    {
        Agency = (await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == AgencyId))!;
        return Agency is not null;
    }
}
