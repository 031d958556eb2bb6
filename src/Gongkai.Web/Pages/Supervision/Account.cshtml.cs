using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// The first administrator of an agency below the office: the office adds the agency to its directory and opens its
/// administrator's account; that administrator then opens the accounts of the agency's officers and head.
/// </summary>
public sealed class AccountModel(Accounts accounts, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public AgencyNode Agency { get; private set; } = null!;
    public List<(User User, IList<string> Roles)> Existing { get; private set; } = [];
    /// <summary>Why the office may not open an administrator here, or null where it may.</summary>
    public string? Refusal { get; private set; }

    [BindProperty] public NewAccount Account { get; set; } = new();
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Refusal is not null) ModelState.AddModelError("", Refusal);
        if (!ModelState.IsValid) return Page();
        var errors = await accounts.OpenAsync(User, id, Relation(id), Account, Role.Admin);
        foreach (var error in errors) ModelState.AddModelError("", error);
        if (errors.Count > 0) return Page();
        Done = $"已为{Agency.Name}开设管理员账号{Account.Email.Trim()}。";
        return RedirectToPage(new { id });
    }

    private AgencyRelation Relation(int id) => id == RootId ? AgencyRelation.Own : AgencyRelation.Below;

    private async Task<bool> LoadAsync(int id)
    {
        await ScopeAsync(null, null);
        if (!Supervises(id)) return false;
        Agency = Tree.Find(id)!;
        Existing = await accounts.OfAgencyAsync(id);
        Refusal = AccessTable.MayOpenAccount(User.StaffRoles(), Relation(id), Role.Admin, await accounts.HasAdminAsync(id));
        return true;
    }
}
