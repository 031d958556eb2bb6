namespace Gongkai.Reports;

/// <summary>Where a year's annual report stands against its deadline, 31 January of the next year (条例第四十九条).</summary>
public enum ReportDueStatus
{
    /// <summary>The year is not over: no report is due yet.</summary>
    InProgress,
    /// <summary>The year is over and 31 January has not passed: due, not yet published.</summary>
    Due,
    /// <summary>31 January has passed and nothing is published.</summary>
    Overdue,
    OnTime,
    Late,
}
