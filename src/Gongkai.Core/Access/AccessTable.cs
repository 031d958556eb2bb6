namespace Gongkai.Access;

/// <summary>
/// The one table of who may do what, in which agency (DESIGN.md, "Who may do what"). Pages, the API and background jobs
/// ask it; the web app's authorization policies are made from it, so no page names roles of its own.
/// </summary>
public static class AccessTable
{
    private static readonly AgencyRelation[] OwnOnly = [AgencyRelation.Own];
    private static readonly AgencyRelation[] Subtree = [AgencyRelation.Own, AgencyRelation.Below];

    private static readonly Dictionary<(Role, Permission), AgencyRelation[]> Grants = new()
    {
        [(Role.Officer, Permission.HandleRequests)] = OwnOnly,
        [(Role.Officer, Permission.ViewPersonalData)] = OwnOnly,
        [(Role.Officer, Permission.KeepRegister)] = OwnOnly,
        [(Role.Officer, Permission.DraftReport)] = OwnOnly,

        [(Role.Head, Permission.HandleRequests)] = OwnOnly,
        [(Role.Head, Permission.ViewPersonalData)] = OwnOnly,
        [(Role.Head, Permission.KeepRegister)] = OwnOnly,
        [(Role.Head, Permission.DraftReport)] = OwnOnly,
        [(Role.Head, Permission.Approve)] = OwnOnly,
        [(Role.Head, Permission.PublishReport)] = OwnOnly,

        [(Role.Admin, Permission.ManageAccounts)] = OwnOnly,
        [(Role.Admin, Permission.ConfigureAgency)] = OwnOnly,
        [(Role.Admin, Permission.ReadAuditLog)] = OwnOnly,

        // The office opens only the first administrator of an agency below it (MayOpenAccount); it never handles requests
        // and never sees applicants' personal data.
        [(Role.Supervisor, Permission.Supervise)] = Subtree,
        [(Role.Supervisor, Permission.ManageAccounts)] = [AgencyRelation.Below],
        [(Role.Supervisor, Permission.ReadAuditLog)] = Subtree,
    };

    /// <summary>Accounts that manage accounts or supervise sign in with a second factor (等保 2.0 level 3 asks it of administrators).</summary>
    public static bool RequiresTwoFactor(IEnumerable<Role> roles) => roles.Any(r => r is Role.Admin or Role.Supervisor);

    public static bool Allows(Role role, Permission permission, AgencyRelation relation) =>
        Grants.TryGetValue((role, permission), out var relations) && relations.Contains(relation);

    public static bool Allows(IEnumerable<Role> roles, Permission permission, AgencyRelation relation) =>
        roles.Any(r => Allows(r, permission, relation));

    /// <summary>The roles that hold a permission anywhere: what a page's authorization policy requires.</summary>
    public static IReadOnlyList<Role> RolesWith(Permission permission) =>
        Enum.GetValues<Role>().Where(r => Grants.ContainsKey((r, permission))).ToList();

    /// <summary>
    /// Whether an account may open an account of <paramref name="newRole"/> in an agency: an administrator opens officers,
    /// heads and administrators of its own agency; a supervising office opens the first administrator of an agency below
    /// it that has none. Null where allowed, else the reason in Chinese.
    /// </summary>
    public static string? MayOpenAccount(IEnumerable<Role> roles, AgencyRelation relation, Role newRole, bool agencyHasAdmin)
    {
        var held = roles.ToList();
        if (held.Contains(Role.Admin) && Allows(Role.Admin, Permission.ManageAccounts, relation))
            return AdminMayGive(newRole) ? null : $"管理员不能开设“{newRole.Label()}”账号；政务公开办的账号由其所在机关的管理员开设。";
        if (held.Contains(Role.Supervisor))
            return !Allows(Role.Supervisor, Permission.ManageAccounts, relation) || newRole != Role.Admin ? "政务公开办只能为下级机关开设管理员账号。"
                : agencyHasAdmin ? "该机关已有管理员，其他账号由该机关的管理员开设。" : null;
        return "您无权为该机关开设账号。";
    }

    /// <summary>The same rule for a change of role or a disable/reset: only an administrator, in its own agency.</summary>
    public static string? MayChangeAccount(IEnumerable<Role> roles, AgencyRelation relation, Role? newRole = null) =>
        roles.Contains(Role.Admin) && Allows(Role.Admin, Permission.ManageAccounts, relation)
            ? newRole is not { } role || AdminMayGive(role) ? null : $"管理员不能设置“{role.Label()}”角色。"
            : "您无权修改该账号。";

    /// <summary>The roles an administrator gives in its own agency: never a supervising office's.</summary>
    private static bool AdminMayGive(Role role) => role is Role.Officer or Role.Head or Role.Admin;
}
