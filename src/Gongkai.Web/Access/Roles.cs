using System.Security.Claims;

namespace Gongkai.Web.Access;

/// <summary>The signed-in account as the access table sees it: its roles, its agency, and a policy per permission.</summary>
public static class Roles
{
    public const string AgencyClaim = "gongkai:agency";
    public const string DisplayNameClaim = "gongkai:name";
    public const string TwoFactorClaim = "gongkai:2fa";
    public const string MustChangePasswordClaim = "gongkai:must-change-password";

    /// <summary>The authorization policy of a permission: any role that holds it somewhere in <see cref="AccessTable"/>.</summary>
    public static string Policy(Permission permission) => "may:" + permission;

    public static void AddPolicies(Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder)
    {
        foreach (var permission in Enum.GetValues<Permission>())
            builder.AddPolicy(Policy(permission), p => p.RequireRole(AccessTable.RolesWith(permission).Select(r => r.Key())));
    }

    public static IReadOnlyList<Role> StaffRoles(this ClaimsPrincipal user) =>
        Enum.GetValues<Role>().Where(r => user.IsInRole(r.Key())).ToList();

    /// <summary>Whether the account may do this in its own agency.</summary>
    public static bool Can(this ClaimsPrincipal user, Permission permission) =>
        AccessTable.Allows(user.StaffRoles(), permission, AgencyRelation.Own);

    public static int AgencyId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(AgencyClaim) ?? throw new InvalidOperationException("The account has no agency."), System.Globalization.CultureInfo.InvariantCulture);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";

    /// <summary>The supervising office acting on the reports of its subtree.</summary>
    public static Actor SupervisorActor(this ClaimsPrincipal user) =>
        new(user.DisplayName(), user.IsInRole(Role.Supervisor.Key()) ? Role.Supervisor : Role.Officer);

    /// <summary>The person acting on a request, with the role the workflow checks.</summary>
    public static Actor Actor(this ClaimsPrincipal user) =>
        new(user.DisplayName(), user.IsInRole(Role.Head.Key()) ? Role.Head : Role.Officer);
}
