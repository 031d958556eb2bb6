using Gongkai.Access;

namespace Gongkai.Supervision;

public enum SubmissionSource
{
    /// <summary>Published in Gongkai by the agency itself.</summary>
    Generated,
    /// <summary>A published file the supervising office uploaded.</summary>
    Uploaded,
}

/// <summary>A value of the tables the supervisor corrected where the reader got it wrong: what was read, what it is, why, who.</summary>
public sealed record CellCorrection(string Table, string Row, string Column, decimal? Original, decimal Value, string Reason, string By, DateTimeOffset At)
{
    public Location Location => new(Table, Row, Column);
}

public enum SubmissionState
{
    /// <summary>Waiting to be read and audited.</summary>
    Pending,
    Read,
    Unreadable,
    /// <summary>Read, but its agency is not in the supervising office's directory.</summary>
    Unmatched,
}

/// <summary>
/// An annual report collected by a supervising office: the document as published, and what reading and auditing it found
/// (its tables and findings as JSON, so the dashboard and the consolidated tables never read the document again).
/// The newest readable submission of an agency and year is the one that counts.
/// </summary>
public sealed class ReportSubmission
{
    private ReportSubmission() { }

    public ReportSubmission(SubmissionSource source, string fileName, byte[] document, DateOnly publishedOn, DateTimeOffset collectedAt,
        int? agencyId = null, int? batchId = null, int? year = null)
    {
        Source = source;
        FileName = fileName.Length > 260 ? fileName[^260..] : fileName;
        Document = document;
        PublishedOn = publishedOn;
        CollectedAt = collectedAt;
        AgencyId = agencyId;
        BatchId = batchId;
        Year = year;
    }

    public int Id { get; private set; }
    public int? BatchId { get; private set; }
    public int? AgencyId { get; private set; }
    /// <summary>The report's year: as the report states it, else the year the upload named.</summary>
    public int? Year { get; private set; }
    public SubmissionSource Source { get; private set; }
    public string FileName { get; private set; } = "";
    /// <summary>The date the agency published it, which decides whether it was on time (by 31 January).</summary>
    public DateOnly PublishedOn { get; private set; }
    public DateTimeOffset CollectedAt { get; private set; }
    public SubmissionState State { get; private set; }
    /// <summary>Why it could not be read or matched, in Chinese.</summary>
    public string? Error { get; private set; }
    /// <summary>The agency's name as the report states it.</summary>
    public string? AgencyNameRead { get; private set; }
    public int Errors { get; private set; }
    public int Warnings { get; private set; }
    /// <summary>Row 1's 总计 (requests received), kept apart for the charts and the trend over years.</summary>
    public decimal? Received { get; private set; }
    /// <summary>The submission of the year before it was checked against, if any.</summary>
    public int? PreviousId { get; private set; }
    public string TablesJson { get; private set; } = "";
    public string FindingsJson { get; private set; } = "";
    /// <summary>The narrative sections the next year's report is compared with (一, 五, 六), so it is audited without reading this document again.</summary>
    public string NarrativeJson { get; private set; } = "";
    public byte[] Document { get; private set; } = [];

    private readonly List<CellCorrection> _corrections = [];

    /// <summary>The supervisor's corrections of misread values, applied each time the document is read again.</summary>
    public IReadOnlyList<CellCorrection> Corrections => _corrections;

    /// <summary>Counts the changes of what was read (a correction, a new audit), so what was computed from the old one is not reused.</summary>
    public int Revision { get; private set; }

    /// <summary>
    /// The supervisor corrects a value the reader got wrong, with a reason; the value first read is kept however often the
    /// cell is corrected. The caller reads the document again, applies the corrections and audits it (<see cref="Accept"/>).
    /// </summary>
    public void Correct(Location cell, decimal? read, decimal? value, string? reason, Actor by, DateTimeOffset at)
    {
        if (!AccessTable.Allows(by.Role, Permission.Supervise, AgencyRelation.Below)) throw new DomainException("只有政务公开办可以更正读取的数值。");
        if (State != SubmissionState.Read) throw new DomainException("只有已读取的报告可以更正数值。");
        if (!ReportCells.IsCell(cell)) throw new DomainException("请选择要更正的单元格。");
        if (value is not { } v || v < 0 || v != decimal.Round(v, 2)) throw new DomainException("“正确的数值”须为不小于0的数（最多两位小数）。");
        var why = (reason ?? "").Trim();
        if (why.Length == 0) throw new DomainException("请写明更正的理由（如：扫描件第3页该格为12，读成了17）。");
        if (why.Length > 500) throw new DomainException("“更正的理由”不能超过500字。");
        var earlier = _corrections.FirstOrDefault(c => c.Location == cell);
        if (earlier is not null) _corrections.Remove(earlier);
        _corrections.Add(new CellCorrection(cell.Table, cell.Row!, cell.Column!, earlier is null ? read : earlier.Original, v, why, by.Name, at));
    }

    /// <summary>The corrected values put into the report read from the document.</summary>
    public void ApplyCorrections(AnnualReport report)
    {
        foreach (var correction in _corrections) ReportCells.Set(report, correction.Location, correction.Value);
    }

    public void Accept(int agencyId, int year, string? agencyName, int? previousId, int errors, int warnings, decimal? received,
        string tablesJson, string findingsJson, string narrativeJson)
    {
        (AgencyId, Year, AgencyNameRead, PreviousId, Received) = (agencyId, year, agencyName, previousId, received);
        (Errors, Warnings, TablesJson, FindingsJson, NarrativeJson) = (errors, warnings, tablesJson, findingsJson, narrativeJson);
        Revision++;
        Finish(SubmissionState.Read, null);
    }

    public void Refuse(SubmissionState state, string reason, string? agencyName = null)
    {
        if (state is SubmissionState.Read or SubmissionState.Pending) throw new ArgumentException("A refusal is unreadable or unmatched.", nameof(state));
        AgencyNameRead = agencyName;
        Finish(state, reason);
    }

    /// <summary>An unmatched report whose agency the office has now added: read again, for that agency.</summary>
    public void Requeue(int agencyId)
    {
        if (State != SubmissionState.Unmatched) throw new DomainException("只有未对应机关的报告需要重新读取。");
        AgencyId = agencyId;
        State = SubmissionState.Pending;
        Error = null;
    }

    private void Finish(SubmissionState state, string? error)
    {
        State = state;
        Error = error;
    }
}
