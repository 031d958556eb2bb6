using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Pages.Account;

[Authorize]
public sealed class PasswordModel(UserManager<User> users, SignInManager<User> signIn, AuditLog audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请输入当前密码。")] public string Current { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请输入新密码。")] public string New { get; set; } = "";
    [BindProperty, Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致。")] public string? Repeat { get; set; }
    public bool Owed => User.HasClaim(Roles.MustChangePasswordClaim, "true");
    [TempData] public string? Done { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Select(Accounts.Describe).Distinct()) ModelState.AddModelError("", error);
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.PasswordChanged, user.AgencyId, user.Email);
        Done = "密码已修改。";
        return RedirectToPage();
    }
}
