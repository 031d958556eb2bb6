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

    public void Publish(DateOnly on, string html)
    {
        if (Status == ReportStatus.Published) throw new InvalidOperationException($"{Year}年度报告已于{PublishedOn:yyyy-MM-dd}发布。");
        Status = ReportStatus.Published;
        PublishedOn = on;
        PublishedHtml = html;
        Version++;
    }

    public void Touch() => Version++;

    /// <summary>Due by 31 January of the next year (Art. 49); a warning shows from 1 January until it is published.</summary>
    public static DateOnly DueOn(int year) => new(year + 1, 1, 31);
}
