using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

public sealed class LoginModel(SignInManager<User> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请输入电子邮箱。")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "请输入密码。")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError("", result.IsLockedOut ? "登录失败次数过多，账号已暂时锁定，请稍后再试。" : "电子邮箱或密码不正确。");
        return Page();
    }
}
