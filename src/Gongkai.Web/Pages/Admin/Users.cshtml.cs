using System.ComponentModel.DataAnnotations;
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

    [BindProperty, Required(ErrorMessage = "请填写电子邮箱。"), EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
    public string Email { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请填写姓名。"), StringLength(50, ErrorMessage = "姓名不能超过50字。")]
    public string DisplayName { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请填写初始密码。"), StringLength(100, MinimumLength = 8, ErrorMessage = "初始密码至少8位。")]
    public string Password { get; set; } = "";
    [BindProperty]
    public string Role { get; set; } = Roles.Officer;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Roles.All.All(r => r.Role != Role)) ModelState.AddModelError(nameof(Role), "请选择角色。");
        if (ModelState.IsValid)
        {
            var user = new User { UserName = Email.Trim(), Email = Email.Trim(), EmailConfirmed = true, DisplayName = DisplayName.Trim(), AgencyId = User.AgencyId() };
            var result = await users.CreateAsync(user, Password);
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
