namespace Gongkai.Reports;

public enum ReportStatus
{
    Draft,
    Published,
}

/// <summary>
/// An agency's annual report for a year as kept in the system: the narrative the officer edits (the tables are always
/// computed from the register), the items of section 六, and its publication.
/// </summary>
public sealed class AnnualReportRecord : IAgencyOwned
{
    private AnnualReportRecord() { }

    public AnnualReportRecord(int agencyId, int year)
    {
        AgencyId = agencyId;
        Year = year;
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public int Year { get; private set; }
    /// <summary>The officer's own text of a section; empty where the section follows the draft made from the year's facts.</summary>
    public string Opening { get; private set; } = "";
    public string Overview { get; private set; } = "";
    public string Problems { get; private set; } = "";
    public string Other { get; private set; } = "";

    /// <summary>人大代表建议 and 政协提案 handled in the year (主办/协办) and whether all were completed.</summary>
    public int NpcLead { get; private set; }
    public int NpcAssist { get; private set; }
    public int CppccLead { get; private set; }
    public int CppccAssist { get; private set; }
    public bool ProposalsCompleted { get; private set; } = true;

    /// <summary>
    /// The officer's edit. A section whose text is the draft it was shown (<paramref name="drafts"/>) keeps following the
    /// draft, so that the draft's counts change with the fields and the register; refused once published and locked.
    /// </summary>
    public void Edit(string opening, string overview, string problems, string other, (string? Opening, string? Overview, string? Problems, string? Other) drafts)
    {
        RefuseWhileLocked();
        static string Own(string text, string? draft)
        {
            text = Intake.PlainText.Checked("报告正文", text, multiLine: true);
            return text == draft?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() ? "" : text;
        }
        (Opening, Overview, Problems, Other) = (Own(opening, drafts.Opening), Own(overview, drafts.Overview), Own(problems, drafts.Problems), Own(other, drafts.Other));
        Version++;
    }

    /// <summary>Back to the draft of the year's facts: the officer's own text is dropped.</summary>
    public void ResetToDraft()
    {
        RefuseWhileLocked();
        (Opening, Overview, Problems, Other) = ("", "", "", "");
        Version++;
    }

    public void SetProposals(int npcLead, int npcAssist, int cppccLead, int cppccAssist, bool completed)
    {
        RefuseWhileLocked();
        foreach (var (value, name) in new[] { (npcLead, "人大代表建议（主办）"), (npcAssist, "人大代表建议（协办）"), (cppccLead, "政协提案（主办）"), (cppccAssist, "政协提案（协办）") })
            if (value < 0) throw new DomainException($"{name}的件数不能为负数（填写的是{value}）。");
        (NpcLead, NpcAssist, CppccLead, CppccAssist, ProposalsCompleted) = (npcLead, npcAssist, cppccLead, cppccAssist, completed);
        Version++;
    }

    private void RefuseWhileLocked()
    {
        if (Locks) throw new DomainException($"{Year}年度报告已于{PublishedOn:yyyy-MM-dd}发布，修改前须由负责人解锁。");
    }

    public ReportStatus Status { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    /// <summary>The published document, as the reading room shows it.</summary>
    public string? PublishedHtml { get; private set; }
    public int Version { get; private set; }
    /// <summary>How many corrected editions (更正) followed the first publication.</summary>
    public int Corrections { get; private set; }
    /// <summary>Set by the head's unlock: the year's data may change, and a corrected report is then published.</summary>
    public bool Unlocked { get; private set; }
    /// <summary>Publications and unlocks, one line each, for whoever checks the report later.</summary>
    public string Log { get; private set; } = "";

    /// <summary>Whether the year's requests and register are locked against change.</summary>
    public bool Locks => Status == ReportStatus.Published && !Unlocked;

    /// <summary>The head publishes (or publishes a correction); the year's data then locks.</summary>
    public void Publish(DateOnly on, string html, Actor by)
    {
        RefuseUnlessMayPublish(by);
        if (Locks) throw new DomainException($"{Year}年度报告已于{PublishedOn:yyyy-MM-dd}发布；如需更正，请先由负责人解锁。");
        if (Status == ReportStatus.Published) Corrections++;
        Status = ReportStatus.Published;
        Unlocked = false;
        PublishedOn = on;
        PublishedHtml = html;
        Append(on, by.Name, Corrections == 0 ? "发布" : $"发布更正（第{Corrections}次）");
        Version++;
    }

    public void Unlock(DateOnly on, Actor by, string reason)
    {
        RefuseUnlessMayPublish(by);
        if (Status != ReportStatus.Published) throw new DomainException("报告尚未发布，无需解锁。");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("请写明解锁更正的理由。");
        Unlocked = true;
        Append(on, by.Name, $"解锁：{reason.Trim()}");
        Version++;
    }

    private static void RefuseUnlessMayPublish(Actor by)
    {
        if (!AccessTable.Allows(by.Role, Permission.PublishReport, AgencyRelation.Own))
            throw new DomainException("年度报告的发布、解锁更正须由负责人办理。");
    }

    private void Append(DateOnly on, string by, string what) =>
        Log += $"{on:yyyy-MM-dd} {by} {what}\n";

    public string Title(string agency) => $"{agency}{Year}年政府信息公开工作年度报告{(Corrections > 0 ? "（更正）" : "")}";

    /// <summary>
    /// The report as the agency published it before using Gongkai (any format the reader takes), imported so that the
    /// next year's report is checked against it.
    /// </summary>
    public byte[]? ImportedDocument { get; private set; }
    public string? ImportedFileName { get; private set; }

    public void Import(byte[] document, string fileName)
    {
        ImportedDocument = document;
        ImportedFileName = fileName;
        Version++;
    }

    /// <summary>Due by 31 January of the next year (Art. 49); a warning shows from 1 January until it is published.</summary>
    public static DateOnly DueOn(int year) => new(year + 1, 1, 31);

    public static bool PublishedOnTime(int year, DateOnly publishedOn) => publishedOn <= DueOn(year);

    /// <summary>The one rule of where a year's report stands: by its publication day if it has one, else by today.</summary>
    public static ReportDueStatus DueStatus(int year, DateOnly? publishedOn, DateOnly today) =>
        publishedOn is { } published ? (PublishedOnTime(year, published) ? ReportDueStatus.OnTime : ReportDueStatus.Late)
        : today.Year <= year ? ReportDueStatus.InProgress
        : today > DueOn(year) ? ReportDueStatus.Overdue
        : ReportDueStatus.Due;
}
