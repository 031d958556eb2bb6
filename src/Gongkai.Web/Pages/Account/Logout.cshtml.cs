using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<User> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true) await audit.RecordAsync(AuditAction.SignedOut, User.AgencyId(), User.Identity.Name);
        await signIn.SignOutAsync();
        return Redirect("/Account/Login");
    }
}
