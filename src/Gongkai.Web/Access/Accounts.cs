using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Access;

/// <summary>A new account as the forms take it: who, and the first password.</summary>
public sealed class NewAccount
{
    [Required(ErrorMessage = "请填写电子邮箱。"), EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
    public string Email { get; set; } = "";
    [Required(ErrorMessage = "请填写姓名。"), StringLength(50, ErrorMessage = "姓名不能超过50字。")]
    public string DisplayName { get; set; } = "";
    [Required(ErrorMessage = "请填写初始密码。"), StringLength(128, ErrorMessage = "密码不能超过128位。")]
    public string Password { get; set; } = "";

    public User User(int agencyId) =>
        new() { UserName = Email.Trim(), Email = Email.Trim(), EmailConfirmed = true, DisplayName = DisplayName.Trim(), AgencyId = agencyId };
}

/// <summary>Opens accounts as the access table allows, for the admin's page and the supervising office's alike.</summary>
public sealed class Accounts(GongkaiDbContext db, UserManager<User> users, AuditLog audit)
{
    /// <summary>Opens the account, or says why not (in Chinese); nothing is stored when refused.</summary>
    public async Task<IReadOnlyList<string>> OpenAsync(ClaimsPrincipal by, int agencyId, AgencyRelation relation, NewAccount form, Role role)
    {
        if (AccessTable.MayOpenAccount(by.StaffRoles(), relation, role, await HasAdminAsync(agencyId)) is { } refused) return [refused];
        var user = form.User(agencyId);
        var result = await users.CreateAsync(user, form.Password);
        if (!result.Succeeded) return result.Errors.Select(Describe).Distinct().ToList();
        await users.AddToRoleAsync(user, role.Key());
        await audit.RecordAsync(AuditAction.AccountOpened, agencyId, user.Email, $"角色：{role.Label()}");
        return [];
    }

    /// <summary>Disables (or enables again) an account of the admin's own agency; its sessions end at once.</summary>
    public Task<IReadOnlyList<string>> DisableAsync(ClaimsPrincipal by, string userId, bool disable) =>
        ChangeAsync(by, userId, null, async user =>
        {
            if (disable && user.Id == by.FindFirstValue(ClaimTypes.NameIdentifier)) return ["不能停用自己的账号。"];
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, disable ? DateTimeOffset.MaxValue : null);
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(disable ? AuditAction.AccountDisabled : AuditAction.AccountEnabled, user.AgencyId, user.Email);
            return [];
        });

    /// <summary>Sets a temporary password the user must change at the next sign-in.</summary>
    public Task<IReadOnlyList<string>> ResetPasswordAsync(ClaimsPrincipal by, string userId, string password) =>
        ChangeAsync(by, userId, null, async user =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, password);
            if (!result.Succeeded) return result.Errors.Select(Describe).Distinct().ToList();
            user.MustChangePassword = true;
            await users.UpdateAsync(user);
            await audit.RecordAsync(AuditAction.PasswordReset, user.AgencyId, user.Email);
            return [];
        });

    public Task<IReadOnlyList<string>> ChangeRoleAsync(ClaimsPrincipal by, string userId, Role role) =>
        ChangeAsync(by, userId, role, async user =>
        {
            var before = await users.GetRolesAsync(user);
            if (before.Count == 1 && before[0] == role.Key()) return [];
            await users.RemoveFromRolesAsync(user, before);
            await users.AddToRoleAsync(user, role.Key());
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditAction.RoleChanged, user.AgencyId, user.Email,
                $"{string.Join("、", before.Select(r => RoleNames.FromKey(r)?.Label() ?? r))} → {role.Label()}");
            return [];
        });

    /// <summary>The disclosure review stages the person decides (初审, 业务审核, 保密审查, 审签).</summary>
    public Task<IReadOnlyList<string>> SetReviewDutiesAsync(ClaimsPrincipal by, string userId, IReadOnlyList<Register.ReviewStage> duties) =>
        ChangeAsync(by, userId, null, async user =>
        {
            user.ReviewDuties = string.Join(',', duties.Distinct().Order());
            await users.UpdateAsync(user);
            await audit.RecordAsync(AuditAction.RoleChanged, user.AgencyId, user.Email,
                "审核职责：" + (duties.Count == 0 ? "无" : string.Join("、", duties.Distinct().Order().Select(d => Register.DisclosureReviews.Label(d)))));
            return [];
        });

    /// <summary>A change to an account, as the access table allows it: only an administrator, only in its own agency.</summary>
    private async Task<IReadOnlyList<string>> ChangeAsync(ClaimsPrincipal by, string userId, Role? newRole, Func<User, Task<IReadOnlyList<string>>> change)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return ["没有找到该账号。"];
        var relation = user.AgencyId == by.AgencyId() ? AgencyRelation.Own : AgencyRelation.Other;
        if (AccessTable.MayChangeAccount(by.StaffRoles(), relation, newRole) is { } refused) return [refused];
        return await change(user);
    }

    /// <summary>Asked of one agency: a province has thousands of administrators, none of them needed here.</summary>
    public Task<bool> HasAdminAsync(int agencyId)
    {
        var admin = Role.Admin.Key();
        return (from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.AgencyId == agencyId && role.Name == admin
                select user.Id).AnyAsync();
    }

    public async Task<List<(User User, IList<string> Roles)>> OfAgencyAsync(int agencyId)
    {
        var list = new List<(User, IList<string>)>();
        foreach (var user in await db.Users.Where(u => u.AgencyId == agencyId).OrderBy(u => u.Email).ToListAsync())
            list.Add((user, await users.GetRolesAsync(user)));
        return list;
    }

    /// <summary>What account pages tell a user when Identity refuses an account or a password.</summary>
    public static string Describe(IdentityError error) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => "该电子邮箱已有账号。",
        "PasswordMismatch" => "当前密码不正确。",
        var c when c.StartsWith("Password", StringComparison.Ordinal) => error.Description,
        _ => "账号未能保存，请检查填写的内容。",
    };
}
