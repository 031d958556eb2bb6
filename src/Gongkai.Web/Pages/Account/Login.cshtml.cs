using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Pages.Account;

/// <summary>
/// Sign-in: the same answer and the same work whether the account exists or not; wrong passwords slow the client down
/// (<see cref="SignInThrottle"/>) instead of locking the account; every attempt is in the audit log.
/// </summary>
public sealed class LoginModel(SignInManager<User> signIn, UserManager<User> users, SignInThrottle throttle, AuditLog audit) : PageModel
{
    public const string Refused = "电子邮箱或密码不正确。";

    [BindProperty, Required(ErrorMessage = "请输入电子邮箱。")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "请输入密码。")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = Email.Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (throttle.Wait(email, client) is { } wait && wait > TimeSpan.Zero)
        {
            await audit.RecordAsync(AuditAction.SignInThrottled, null, email);
            ModelState.AddModelError("", SignInThrottle.Message(wait));
            return Page();
        }
        var user = await users.FindByEmailAsync(email);
        // An unknown name costs the same hashing as a known one, so timing tells nothing either.
        var passwordRight = user is null ? VerifyDummy(Password) : await users.CheckPasswordAsync(user, Password);
        if (user is null || !passwordRight)
        {
            throttle.Failed(email, client);
            await audit.RecordAsync(AuditAction.SignInFailed, user?.AgencyId, email);
            ModelState.AddModelError("", Refused);
            return Page();
        }
        throttle.Succeeded(email, client);
        if (await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError("", "该账号已停用，请联系本机关的管理员。");
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor) return RedirectToPage("TwoFactor", new { ReturnUrl });
        await audit.RecordAsync(AuditAction.SignedIn, user.AgencyId, user.Email);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString());

    private static bool VerifyDummy(string password) =>
        new PasswordHasher<User>().VerifyHashedPassword(new User(), DummyHash, password) != PasswordVerificationResult.Failed;
}
