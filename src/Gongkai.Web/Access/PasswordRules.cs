using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Access;

/// <summary>
/// Passwords of at least 12 characters (set in the app's Identity options) that are not common: not on the shipped list
/// of the passwords most often leaked, not a common word with digits and symbols around it ("Password2026!"), not a
/// run of few characters, and not the account's own e-mail name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public const int MinimumLength = 12;

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Gongkai.Web.Access.CommonPasswords.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#')).Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    });

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var lower = password.ToLowerInvariant();
        var letters = new string(lower.Where(char.IsLetter).ToArray());
        var emailName = (user.Email ?? "").Split('@')[0].ToLowerInvariant();
        var common = Common.Value.Contains(lower) || Common.Value.Contains(letters) || lower.Distinct().Count() < 5
            || emailName.Length >= 4 && lower.Contains(emailName, StringComparison.Ordinal);
        return Task.FromResult(common
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordCommon", Description = "密码过于常见或容易猜到（常见单词加数字、重复字符或与账号相同），请换一个。" })
            : IdentityResult.Success);
    }
}

/// <summary>Identity's refusals, in the words the account pages show.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少{length}位。" };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "密码须包含数字。" };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "密码须包含小写字母。" };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "密码须包含大写字母。" };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "密码须包含符号。" };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"密码至少包含{uniqueChars}个不同的字符。" };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "当前密码不正确。" };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "该电子邮箱已有账号。" };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "该电子邮箱已有账号。" };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "电子邮箱格式不正确。" };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "电子邮箱格式不正确。" };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "验证已失效，请重新操作。" };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "账号未能保存，请检查填写的内容。" };
}
