using System.ComponentModel.DataAnnotations;
using Gongkai.Agencies;

namespace Gongkai.Web.Pages.Admin;

/// <summary>The agency's profile, which its letters and reports carry.</summary>
public sealed class AgencyModel(GongkaiDbContext db) : PageModel
{
    [TempData] public string? Done { get; set; }
    public string Name { get; private set; } = "";

    [BindProperty, StringLength(400, ErrorMessage = "地址不能超过400字。")] public string? Address { get; set; }
    [BindProperty, StringLength(60, ErrorMessage = "电话不能超过60字。")] public string? Phone { get; set; }
    [BindProperty, StringLength(40, ErrorMessage = "文号前缀不能超过40字。")] public string? NumberPrefix { get; set; }
    [BindProperty, Required(ErrorMessage = "请填写受理行政复议的机关。"), StringLength(200, ErrorMessage = "复议机关不能超过200字。")] public string ReviewBody { get; set; } = "";
    [BindProperty] public ReviewRoute ReviewRoute { get; set; }
    /// <summary>The review stages a drafted disclosure passes before publication.</summary>
    [BindProperty] public List<Gongkai.Register.ReviewStage> Stages { get; set; } = [];
    /// <summary>Working days within which a normative document's interpretation is published.</summary>
    [BindProperty] public int InterpretationDays { get; set; } = Gongkai.Register.InterpretationDeadline.DefaultDays;

    public async Task OnGetAsync()
    {
        var agency = (await db.Agencies.FindAsync(User.AgencyId()))!;
        (Name, Address, Phone, NumberPrefix, ReviewBody, ReviewRoute) = (agency.Name, agency.Address, agency.Phone, agency.NumberPrefix, agency.ReviewBody, agency.ReviewRoute);
        Stages = Gongkai.Register.DisclosureReviews.Parse(agency.DisclosureStages).ToList();
        InterpretationDays = agency.InterpretationDays;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var agency = (await db.Agencies.FindAsync(User.AgencyId()))!;
        Name = agency.Name;
        if (!ModelState.IsValid) return Page();
        agency.Address = Address?.Trim() ?? "";
        agency.Phone = Phone?.Trim() ?? "";
        agency.NumberPrefix = NumberPrefix?.Trim() ?? "";
        // The field a refusal belongs to, so the message stands beside it for a screen reader.
        var field = nameof(ReviewBody);
        try
        {
            agency.SetReviewBody(ReviewRoute, ReviewBody);
            agency.SetDisclosureStages(Stages);
            field = nameof(InterpretationDays);
            agency.SetInterpretationDays(InterpretationDays);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(field, e.Message);
            return Page();
        }
        await db.SaveChangesAsync();
        Done = "已保存。";
        return RedirectToPage();
    }
}
