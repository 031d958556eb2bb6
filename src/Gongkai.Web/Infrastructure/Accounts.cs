using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Infrastructure;

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
