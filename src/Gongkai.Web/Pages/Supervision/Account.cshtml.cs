using Gongkai.Data;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// The first administrator of an agency below the office: the office adds the agency to its directory and opens its
/// administrator's account; that administrator then opens the accounts of the agency's officers and head.
/// </summary>
public sealed class AccountModel(GongkaiDbContext db, UserManager<User> users, Dashboard dashboard, Clock clock, ILogger<AccountModel> log)
    : SupervisionPage(dashboard, clock)
{
    public AgencyNode Agency { get; private set; } = null!;
    public List<(string Email, string Name, IList<string> Roles)> Existing { get; private set; } = [];

    [BindProperty] public NewAccount Account { get; set; } = new();
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var user = Account.User(id);
        var result = await users.CreateAsync(user, Account.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", Accounts.Describe(error));
            return Page();
        }
        await users.AddToRoleAsync(user, Roles.Admin);
        log.LogInformation("Administrator account of agency {Agency} opened by the office of agency {Office}", id, RootId);
        Done = $"已为{Agency.Name}开设管理员账号{user.Email}。";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        await ScopeAsync(null, null);
        if (!Supervises(id)) return false;
        Agency = Tree.Find(id)!;
        Existing = [];
        foreach (var user in await db.Users.Where(u => u.AgencyId == id).OrderBy(u => u.Email).ToListAsync())
            Existing.Add((user.Email ?? "", user.DisplayName, await users.GetRolesAsync(user)));
        return true;
    }
}
