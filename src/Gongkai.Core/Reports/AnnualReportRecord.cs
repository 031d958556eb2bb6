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
public sealed class AnnualReportRecord
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
    public string Opening { get; set; } = "";
    public string Overview { get; set; } = "";
    public string Problems { get; set; } = "";
    public string Other { get; set; } = "";

    /// <summary>人大代表建议 and 政协提案 handled in the year (主办/协办) and whether all were completed.</summary>
    public int NpcLead { get; set; }
    public int NpcAssist { get; set; }
    public int CppccLead { get; set; }
    public int CppccAssist { get; set; }
    public bool ProposalsCompleted { get; set; } = true;

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

    public void Publish(DateOnly on, string html, string by)
    {
        if (Locks) throw new DomainException($"{Year}年度报告已于{PublishedOn:yyyy-MM-dd}发布；如需更正，请先由负责人解锁。");
        if (Status == ReportStatus.Published) Corrections++;
        Status = ReportStatus.Published;
        Unlocked = false;
        PublishedOn = on;
        PublishedHtml = html;
        Append(on, by, Corrections == 0 ? "发布" : $"发布更正（第{Corrections}次）");
        Version++;
    }

    public void Unlock(DateOnly on, string by, string reason)
    {
        if (Status != ReportStatus.Published) throw new DomainException("报告尚未发布，无需解锁。");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("请写明解锁更正的理由。");
        Unlocked = true;
        Append(on, by, $"解锁：{reason.Trim()}");
        Version++;
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

    public void Touch() => Version++;

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
