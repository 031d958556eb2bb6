namespace Gongkai.Access;

/// <summary>The roles of staff accounts (DESIGN.md, "Who may do what"). Applicants and the public have no account.</summary>
public enum Role
{
    /// <summary>信息公开工作人员</summary>
    Officer,
    /// <summary>审核人（负责人）</summary>
    Head,
    /// <summary>管理员</summary>
    Admin,
    /// <summary>政务公开办</summary>
    Supervisor,
}

public static class RoleNames
{
    /// <summary>The role's name as Identity stores it; kept stable because accounts in the database carry it.</summary>
    public static string Key(this Role role) => role switch
    {
        Role.Officer => "officer",
        Role.Head => "head",
        Role.Admin => "admin",
        Role.Supervisor => "supervisor",
    };

    public static string Label(this Role role) => role switch
    {
        Role.Officer => "信息公开工作人员",
        Role.Head => "审核人（负责人）",
        Role.Admin => "管理员",
        Role.Supervisor => "政务公开办（监督）",
    };

    public static Role? FromKey(string? key) => Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => r!.Value.Key() == key);
}
