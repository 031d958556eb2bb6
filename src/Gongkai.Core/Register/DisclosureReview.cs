namespace Gongkai.Register;

/// <summary>The stages a disclosure passes before publication (三审: 初审, 业务审核, 保密审查, 审签), in order.</summary>
public enum ReviewStage
{
    Initial,
    Business,
    Secrecy,
    SignOff,
}

/// <summary>公开属性, decided when the document is drafted (the reports' "加强公文公开属性审查").</summary>
public enum DisclosureAttribute
{
    Proactive,
    OnRequest,
    NotDisclosed,
}

public enum DisclosureState
{
    /// <summary>Being drafted, or returned by a reviewer.</summary>
    Draft,
    InReview,
    /// <summary>Published in the reading room (主动公开 only).</summary>
    Published,
    /// <summary>Reviewed and kept, not published (依申请公开, 不予公开).</summary>
    Filed,
    /// <summary>Taken out of the reading room, with a reason.</summary>
    Withdrawn,
}

/// <summary>One step of a disclosure's history: a stage's approval or return, a publication, a correction or a withdrawal.</summary>
public sealed record DisclosureEvent(DateTimeOffset At, string Actor, string Action, string? Opinion, ReviewStage? Stage = null, bool Approved = false);

public static class DisclosureReviews
{
    public static IReadOnlyList<ReviewStage> AllStages { get; } = Enum.GetValues<ReviewStage>();

    public static string Label(this ReviewStage stage) => stage switch
    {
        ReviewStage.Initial => "初审",
        ReviewStage.Business => "业务审核",
        ReviewStage.Secrecy => "保密审查",
        ReviewStage.SignOff => "审签",
    };

    public static string Label(this DisclosureAttribute attribute) => attribute switch
    {
        DisclosureAttribute.Proactive => "主动公开",
        DisclosureAttribute.OnRequest => "依申请公开",
        DisclosureAttribute.NotDisclosed => "不予公开",
    };

    public static string Label(this DisclosureState state) => state switch
    {
        DisclosureState.Draft => "起草中",
        DisclosureState.InReview => "审核中",
        DisclosureState.Published => "已发布",
        DisclosureState.Filed => "已审核归档（不公开发布）",
        DisclosureState.Withdrawn => "已撤回",
    };

    /// <summary>The duties an account holds, as stored ("Initial,Secrecy").</summary>
    public static IReadOnlyList<ReviewStage> Parse(string? duties) =>
        (duties ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => Enum.TryParse<ReviewStage>(d, out var s) ? s : (ReviewStage?)null).OfType<ReviewStage>().Distinct().Order().ToList();
}
