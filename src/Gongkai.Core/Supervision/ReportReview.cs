using Gongkai.Access;
using Gongkai.Audit;

namespace Gongkai.Supervision;

/// <summary>Where the supervising office's review of an agency's report of a year stands.</summary>
public enum ReviewStatus
{
    /// <summary>待审核: read and audited, not yet reviewed.</summary>
    Pending,
    /// <summary>已审核无问题.</summary>
    Accepted,
    /// <summary>需整改: returned with confirmed findings; the agency has not begun.</summary>
    Returned,
    /// <summary>整改中: the agency has begun the correction (its head unlocked the report).</summary>
    InCorrection,
    /// <summary>已整改: a corrected edition arrived and was audited again.</summary>
    Corrected,
    /// <summary>逾期未整改: returned, and the deadline passed with no corrected edition.</summary>
    Overdue,
}

public enum FindingDecision
{
    /// <summary>确认: a real problem the agency must correct.</summary>
    Confirmed,
    /// <summary>排除: not a problem (a reader's misread, a case the rule does not know), with the office's reason.</summary>
    Dismissed,
}

/// <summary>The office's decision on one finding of one edition (submission) of the report.</summary>
public sealed record FindingReview(int SubmissionId, string Key, FindingDecision Decision, string Comment, string By, DateTimeOffset At);

/// <summary>
/// One 退回整改: the edition returned, the confirmed findings as the notice states them, the deadline, and the corrected
/// edition when it arrives.
/// </summary>
public sealed record CorrectionRound(int Number, int SubmissionId, DateOnly ReturnedOn, DateOnly Deadline, string ReturnedBy, string Findings)
{
    public DateOnly? BegunOn { get; init; }
    public int? CorrectedSubmissionId { get; init; }
    public DateOnly? CorrectedOn { get; init; }

    public IReadOnlyList<string> FindingLines => Findings.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the corrected edition came by the deadline (null while none came).</summary>
    public bool? CorrectedOnTime => CorrectedOn is { } on ? on <= Deadline : null;

    /// <summary>Where a round still waiting for its corrected edition stands: 需整改, 整改中 or, after the deadline, 逾期未整改.</summary>
    public ReviewStatus OpenStatus(DateOnly today) =>
        today > Deadline ? ReviewStatus.Overdue : BegunOn is null ? ReviewStatus.Returned : ReviewStatus.InCorrection;

    /// <summary>The round's state in the 整改台账: 需整改, 整改中, 逾期未整改, 已整改 or 逾期整改.</summary>
    public string State(DateOnly today) => CorrectedOn is not null
        ? CorrectedOnTime == true ? "已整改" : "逾期整改"
        : OpenStatus(today).Label();
}

/// <summary>
/// The supervising office's review of one agency's report of one year, over all its editions: each finding confirmed or
/// dismissed, the report accepted or returned for correction (退回整改) with a deadline, and the corrected edition received.
/// The scoring rules deduct for a report 退回且未及时修改, so the dates are kept as they happened.
/// </summary>
public sealed class ReportReview : IAgencyOwned
{
    private readonly List<FindingReview> _decisions = [];
    private readonly List<CorrectionRound> _rounds = [];

    private ReportReview() { }

    public ReportReview(int agencyId, int year)
    {
        AgencyId = agencyId;
        Year = year;
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public int Year { get; private set; }
    /// <summary>The edition last accepted, if any: a newer one is reviewed again.</summary>
    public int? AcceptedSubmissionId { get; private set; }
    public string? AcceptedBy { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public IReadOnlyList<FindingReview> Decisions => _decisions;
    public IReadOnlyList<CorrectionRound> Rounds => _rounds;

    /// <summary>The round still waiting for its corrected edition, if any.</summary>
    public CorrectionRound? OpenRound => _rounds.LastOrDefault(r => r.CorrectedSubmissionId is null);

    /// <summary>Where the review stands today for the edition that counts now.</summary>
    public ReviewStatus Status(int currentSubmissionId, DateOnly today)
    {
        if (OpenRound is { } open) return open.OpenStatus(today);
        if (AcceptedSubmissionId == currentSubmissionId) return ReviewStatus.Accepted;
        return _rounds.LastOrDefault() is { CorrectedSubmissionId: { } corrected } && corrected == currentSubmissionId
            ? ReviewStatus.Corrected : ReviewStatus.Pending;
    }

    public FindingReview? DecisionOn(int submissionId, string key) =>
        _decisions.LastOrDefault(d => d.SubmissionId == submissionId && d.Key == key);

    /// <summary>Confirms or dismisses a finding of an edition; a dismissal says why. A later decision replaces an earlier one.</summary>
    public void Decide(int submissionId, IReadOnlyList<Finding> findings, string key, FindingDecision decision, string? comment, Actor by, DateTimeOffset at)
    {
        RefuseUnlessSupervisor(by);
        if (!FindingKeys.Of(findings).Contains(key)) throw new DomainException("该问题不在此版本报告的核查结果中，请刷新页面后重试。");
        var text = (comment ?? "").Trim();
        if (decision == FindingDecision.Dismissed && text.Length == 0) throw new DomainException("排除一项问题时，请在“说明”中写明理由。");
        if (text.Length > 500) throw new DomainException("“说明”不能超过500字。");
        _decisions.RemoveAll(d => d.SubmissionId == submissionId && d.Key == key);
        _decisions.Add(new FindingReview(submissionId, key, decision, text, by.Name, at));
    }

    /// <summary>
    /// A problem the office found that no rule finds (a vague section, a missing item of section 六): kept as a confirmed
    /// decision of its own and returned with the findings.
    /// </summary>
    public void AddProblem(int submissionId, string? text, Actor by, DateTimeOffset at)
    {
        RefuseUnlessSupervisor(by);
        var problem = (text ?? "").Trim();
        if (problem.Length == 0) throw new DomainException("请填写“审核发现的其他问题”。");
        if (problem.Length > 500) throw new DomainException("“审核发现的其他问题”不能超过500字。");
        var n = _decisions.Count(d => d.SubmissionId == submissionId && d.Key.StartsWith(OfficeKey, StringComparison.Ordinal)) + 1;
        _decisions.Add(new FindingReview(submissionId, $"{OfficeKey}{n}", FindingDecision.Confirmed, problem, by.Name, at));
    }

    /// <summary>The problems the office added to an edition itself.</summary>
    public IEnumerable<FindingReview> OfficeProblems(int submissionId) =>
        _decisions.Where(d => d.SubmissionId == submissionId && d.Key.StartsWith(OfficeKey, StringComparison.Ordinal));

    private const string OfficeKey = "office#";

    /// <summary>已审核无问题: every error of the edition decided and none confirmed.</summary>
    public void Accept(int submissionId, IReadOnlyList<Finding> findings, Actor by, DateTimeOffset at)
    {
        RefuseUnlessSupervisor(by);
        if (OpenRound is not null) throw new DomainException("该报告正在整改中，须待收到整改后的报告再审核。");
        var decided = Decided(submissionId, findings).ToList();
        var confirmed = decided.Count(x => x.Decision?.Decision == FindingDecision.Confirmed) + OfficeProblems(submissionId).Count();
        if (confirmed > 0) throw new DomainException($"有{confirmed}项问题已确认，不能审核通过；请退回整改，或先排除这些问题。");
        var undecided = decided.Count(x => x.Finding.Severity == Severity.Error && x.Decision is null);
        if (undecided > 0) throw new DomainException($"尚有{undecided}项错误未确认或排除，请逐项审核后再通过。");
        (AcceptedSubmissionId, AcceptedBy, AcceptedAt) = (submissionId, by.Name, at);
    }

    /// <summary>退回整改 with the confirmed findings of the edition and a deadline after today.</summary>
    public CorrectionRound Return(int submissionId, IReadOnlyList<Finding> findings, DateOnly deadline, DateOnly today, Actor by)
    {
        RefuseUnlessSupervisor(by);
        if (OpenRound is not null) throw new DomainException("该报告已退回整改，尚未收到整改后的报告。");
        var lines = Decided(submissionId, findings)
            .Where(x => x.Decision?.Decision == FindingDecision.Confirmed)
            .Select(x => $"{x.Finding.Location.Describe()}：{x.Finding.Message}" + (x.Decision!.Comment.Length > 0 ? $"（{x.Decision.Comment}）" : ""))
            .Concat(OfficeProblems(submissionId).Select(d => $"审核意见：{d.Comment}"))
            .ToList();
        if (lines.Count == 0) throw new DomainException("退回整改须至少确认一项问题，或填写审核发现的其他问题。");
        if (deadline <= today) throw new DomainException("“整改期限”须晚于今天。");
        if (deadline > today.AddDays(MaxDeadlineDays)) throw new DomainException($"“整改期限”不能超过{MaxDeadlineDays}天。");
        var round = new CorrectionRound(_rounds.Count + 1, submissionId, today, deadline, by.Name, string.Join('\n', lines));
        _rounds.Add(round);
        (AcceptedSubmissionId, AcceptedBy, AcceptedAt) = (null, null, null);
        return round;
    }

    public const int MaxDeadlineDays = 90;

    /// <summary>整改中: the agency began (its head unlocked the report to correct it).</summary>
    public void Begin(DateOnly on)
    {
        if (OpenRound is { BegunOn: null } open) Replace(open, open with { BegunOn = on });
    }

    /// <summary>A newer edition arrived for the open round: the round is closed with it, on time or late.</summary>
    public void ReceiveCorrection(int submissionId, DateOnly on)
    {
        if (OpenRound is { } open && submissionId > open.SubmissionId)
            Replace(open, open with { CorrectedSubmissionId = submissionId, CorrectedOn = on, BegunOn = open.BegunOn ?? on });
    }

    /// <summary>Each finding of an edition with the office's decision on it, if any.</summary>
    private IEnumerable<(Finding Finding, FindingReview? Decision)> Decided(int submissionId, IReadOnlyList<Finding> findings)
    {
        var keys = FindingKeys.Of(findings);
        return findings.Select((f, i) => (f, DecisionOn(submissionId, keys[i])));
    }

    private void Replace(CorrectionRound old, CorrectionRound now) => _rounds[_rounds.IndexOf(old)] = now;

    private static void RefuseUnlessSupervisor(Actor by)
    {
        if (!AccessTable.Allows(by.Role, Permission.Supervise, AgencyRelation.Below))
            throw new DomainException("只有政务公开办可以审核下级机关的年度报告。");
    }
}

/// <summary>
/// A stable key for each finding of an audit, so a decision follows the finding when the page is shown again: its rule and
/// location, numbered where one rule finds several problems at the same place.
/// </summary>
public static class FindingKeys
{
    public static IReadOnlyList<string> Of(IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return findings.Select(f =>
        {
            var key = $"{f.Rule}|{f.Location.Table}|{f.Location.Row}|{f.Location.Column}";
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            return n == 1 ? key : $"{key}#{n}";
        }).ToList();
    }
}

public static class ReviewStatusNames
{
    public static string Label(this ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "待审核",
        ReviewStatus.Accepted => "已审核无问题",
        ReviewStatus.Returned => "需整改",
        ReviewStatus.InCorrection => "整改中",
        ReviewStatus.Corrected => "已整改",
        ReviewStatus.Overdue => "逾期未整改",
    };

    public static string Label(this FindingDecision decision) => decision == FindingDecision.Confirmed ? "已确认" : "已排除";
}
