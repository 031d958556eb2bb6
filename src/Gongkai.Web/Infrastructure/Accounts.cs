using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Infrastructure;

/// <summary>A new account as the forms take it: who, and the first password.</summary>
public sealed class NewAccount
{
    [Required(ErrorMessage = "请填写电子邮箱。"), EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
    public string Email { get; set; } = "";
    [Required(ErrorMessage = "请填写姓名。"), StringLength(50, ErrorMessage = "姓名不能超过50字。")]
    public string DisplayName { get; set; } = "";
    [Required(ErrorMessage = "请填写初始密码。"), StringLength(100, MinimumLength = 8, ErrorMessage = "初始密码至少8位。")]
    public string Password { get; set; } = "";

    public Data.User User(int agencyId) =>
        new() { UserName = Email.Trim(), Email = Email.Trim(), EmailConfirmed = true, DisplayName = DisplayName.Trim(), AgencyId = agencyId };
}

/// <summary>What account pages tell a user when Identity refuses an account.</summary>
public static class Accounts
{
    public static string Describe(IdentityError error) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => "该电子邮箱已有账号。",
        var c when c.StartsWith("Password", StringComparison.Ordinal) => "密码至少8位，须包含大写字母、小写字母和数字。",
        _ => "账号未能创建，请检查填写的内容。",
    };
}
