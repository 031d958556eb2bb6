using System.ComponentModel.DataAnnotations;
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

    [BindProperty, Required(ErrorMessage = "请填写电子邮箱。"), EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
    public string Email { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请填写姓名。"), StringLength(50, ErrorMessage = "姓名不能超过50字。")]
    public string DisplayName { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请填写初始密码。"), StringLength(100, MinimumLength = 8, ErrorMessage = "初始密码至少8位。")]
    public string Password { get; set; } = "";
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var user = new User { UserName = Email.Trim(), Email = Email.Trim(), EmailConfirmed = true, DisplayName = DisplayName.Trim(), AgencyId = id };
        var result = await users.CreateAsync(user, Password);
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
