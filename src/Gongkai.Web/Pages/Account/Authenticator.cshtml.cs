using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Pages.Account;

/// <summary>Two-step sign-in with an authenticator app (TOTP, RFC 6238): open to every account, required where the access table says.</summary>
[Authorize]
public sealed class AuthenticatorModel(UserManager<User> users, SignInManager<User> signIn, AuditLog audit) : PageModel
{
    public string Key { get; private set; } = "";
    public string Uri { get; private set; } = "";
    public bool Enabled { get; private set; }
    public bool Required => AccessTable.RequiresTwoFactor(User.StaffRoles());

    [BindProperty, Required(ErrorMessage = "请输入验证器应用显示的6位验证码。"), RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "验证码应为6位数字。")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Challenge();
        if (!ModelState.IsValid) return Page();
        var user = (await users.GetUserAsync(User))!;
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code.Trim()))
        {
            ModelState.AddModelError(nameof(Code), "验证码不正确，请核对手机时间后重新输入。");
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.TwoFactorEnabled, user.AgencyId, user.Email);
        return Redirect("/");
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return false;
        Enabled = user.TwoFactorEnabled;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        Key = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        Uri = $"otpauth://totp/{UrlEncoder.Default.Encode("公开:" + user.Email)}?secret={key}&issuer={UrlEncoder.Default.Encode("公开")}&digits=6";
        return true;
    }
}
