using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Pages.Account;

/// <summary>The second step of sign-in: the code of the authenticator app, throttled like the password.</summary>
public sealed class TwoFactorModel(SignInManager<User> signIn, SignInThrottle throttle, AuditLog audit, IConfiguration configuration) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请输入验证器应用显示的6位验证码。")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>In demo mode only: the demo accounts' shared authenticator key, so anyone can try the demo.</summary>
    public string? DemoKey => configuration.GetValue<bool>("Gongkai:Demo") ? DemoData.AuthenticatorKey : null;

    public async Task<IActionResult> OnGetAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("Login");
        if (!ModelState.IsValid) return Page();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        var key = "2fa:" + user.Id;
        if (throttle.Wait(key, client) is { } wait && wait > TimeSpan.Zero)
        {
            ModelState.AddModelError("", SignInThrottle.Message(wait));
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal).Trim(), isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            throttle.Failed(key, client);
            await audit.RecordAsync(AuditAction.SignInFailed, user.AgencyId, user.Email, "两步验证码不正确");
            ModelState.AddModelError(nameof(Code), "验证码不正确。");
            return Page();
        }
        throttle.Succeeded(key, client);
        await audit.RecordAsync(AuditAction.SignedIn, user.AgencyId, user.Email, "密码和两步验证");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
