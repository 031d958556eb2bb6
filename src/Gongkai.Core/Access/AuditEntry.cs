namespace Gongkai.Access;

/// <summary>What the audit log records: every account event, and every access to data that the law protects.</summary>
public enum AuditAction
{
    SignedIn,
    SignInFailed,
    SignInThrottled,
    SignedOut,
    AccountOpened,
    AccountDisabled,
    AccountEnabled,
    PasswordReset,
    PasswordChanged,
    RoleChanged,
    TwoFactorEnabled,
    ReportPublished,
    YearUnlocked,
    PersonalDataViewed,
    Urged,
}

/// <summary>
/// One line of the audit log: who did what, when, from where, to which agency's account or data. Written once and
/// never changed or deleted (the database refuses it, see the data layer's guard).
/// </summary>
public sealed class AuditEntry
{
    public const int TextLength = 400;

    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, AuditAction action, int? agencyId, string? actorId, string actorName, string target, string detail, string client)
    {
        At = at;
        Action = action;
        AgencyId = agencyId;
        ActorId = actorId;
        ActorName = Cut(actorName);
        Target = Cut(target);
        Detail = Cut(detail);
        Client = Cut(client);
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public AuditAction Action { get; private set; }
    /// <summary>The agency whose account or data it concerns: whose administrator and supervising office may read it.</summary>
    public int? AgencyId { get; private set; }
    public string? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Target { get; private set; } = "";
    public string Detail { get; private set; } = "";
    /// <summary>The client's address as the server saw it.</summary>
    public string Client { get; private set; } = "";

    public string ActionLabel => Label(Action);

    public static string Label(AuditAction action) => action switch
    {
        AuditAction.SignedIn => "登录",
        AuditAction.SignInFailed => "登录失败",
        AuditAction.SignInThrottled => "登录尝试过于频繁",
        AuditAction.SignedOut => "退出登录",
        AuditAction.AccountOpened => "开设账号",
        AuditAction.AccountDisabled => "停用账号",
        AuditAction.AccountEnabled => "启用账号",
        AuditAction.PasswordReset => "重置密码",
        AuditAction.PasswordChanged => "修改密码",
        AuditAction.RoleChanged => "变更角色",
        AuditAction.TwoFactorEnabled => "启用两步验证",
        AuditAction.ReportPublished => "发布年度报告",
        AuditAction.YearUnlocked => "解锁已发布年度",
        AuditAction.PersonalDataViewed => "查看申请人完整个人信息",
        AuditAction.Urged => "督办",
    };

    private static string Cut(string value) => value.Length <= TextLength ? value : value[..TextLength];
}
