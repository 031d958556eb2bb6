using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>The accounts of the admin's agency, and new ones with a role.</summary>
public sealed class UsersModel(GongkaiDbContext db, UserManager<User> users) : PageModel
{
    public List<(User User, IList<string> Roles)> Accounts { get; private set; } = [];

    [BindProperty] public NewAccount Account { get; set; } = new();
    [BindProperty]
    public string Role { get; set; } = Roles.Officer;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Roles.All.All(r => r.Role != Role)) ModelState.AddModelError(nameof(Role), "请选择角色。");
        if (ModelState.IsValid)
        {
            var user = Account.User(User.AgencyId());
            var result = await users.CreateAsync(user, Account.Password);
            if (result.Succeeded)
            {
                await users.AddToRoleAsync(user, Role);
                return RedirectToPage();
            }
            foreach (var error in result.Errors) ModelState.AddModelError("", Infrastructure.Accounts.Describe(error));
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var agencyId = User.AgencyId();
        Accounts = [];
        foreach (var user in await db.Users.Where(u => u.AgencyId == agencyId).OrderBy(u => u.Email).ToListAsync())
            Accounts.Add((user, await users.GetRolesAsync(user)));
    }
}
