using Gongkai.Access;
using Gongkai.Calendar;

namespace Gongkai.Supervision;

/// <summary>An agency's live requests as the office sees them: counts only, never an applicant.</summary>
public sealed record RequestLoad(int DueSoon, int Overdue, int AnsweredLate)
{
    /// <summary>A request is due soon when its reply is due within this many working days.</summary>
    public const int SoonWorkingDays = 5;
}

/// <summary>
/// A 督办 (urging) notice from the supervising office to an agency that works in Gongkai: the counts of its requests at
/// the moment it was sent, in words, and the office's own words; the agency sees it on its worklist.
/// </summary>
public sealed class Urging : IAgencyOwned
{
    private Urging() { }

    public Urging(int supervisorAgencyId, int agencyId, RequestLoad load, string? note, Actor by, DateTimeOffset at)
    {
        if (!AccessTable.Allows(by.Role, Permission.Supervise, AgencyRelation.Below)) throw new DomainException("只有政务公开办可以督办。");
        if (load.DueSoon + load.Overdue == 0) throw new DomainException("该机关没有即将到期或逾期未答复的申请，无需督办。");
        var text = (note ?? "").Trim();
        if (text.Length > 500) throw new DomainException("“督办意见”不能超过500字。");
        (SupervisorAgencyId, AgencyId, DueSoon, Overdue, AnsweredLate, Note, By, SentAt) =
            (supervisorAgencyId, agencyId, load.DueSoon, load.Overdue, load.AnsweredLate, text, by.Name, at);
    }

    public int Id { get; private set; }
    public int SupervisorAgencyId { get; private set; }
    public int AgencyId { get; private set; }
    public int DueSoon { get; private set; }
    public int Overdue { get; private set; }
    public int AnsweredLate { get; private set; }
    public string Note { get; private set; } = "";
    public string By { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>The notice as the agency reads it.</summary>
    public string Text =>
        $"截至{ChinaTime.Written(ChinaTime.DayOf(SentAt))}，你单位有{Overdue}件政府信息公开申请已超过法定答复期限未答复，" +
        $"{DueSoon}件将在{RequestLoad.SoonWorkingDays}个工作日内到期；本年已有{AnsweredLate}件逾期答复。" +
        "请按照《中华人民共和国政府信息公开条例》第三十三条的规定抓紧办理，依法按期答复。" + (Note.Length > 0 ? Note : "");
}
