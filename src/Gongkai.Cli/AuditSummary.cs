using Gongkai.Audit;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary>
/// Counts of a batch, kept while its reports are written out one by one; with a summary, the running sum of their tables
/// (not the reports, so a province's folder is summed in the memory of one report).
/// </summary>
public sealed class AuditSummary(bool keepReports = false)
{
    private AnnualReport? _sum;

    public int Total { get; private set; }
    public int Unreadable { get; private set; }
    public int WithErrors { get; private set; }

    public void Add(AuditedReport report)
    {
        Total++;
        if (report.Error is not null) Unreadable++;
        else if (report.HasErrors) WithErrors++;
        if (keepReports && report.Report is { } read) _sum = _sum is null ? ReportSum.Sum([read]) : ReportSum.Sum([_sum, read]);
    }

    /// <summary>The region's tables summed over the readable reports, and the rules checked on the sums.</summary>
    public (AnnualReport Sum, IReadOnlyList<Finding> Findings) Consolidated()
    {
        var sum = ReportSum.Sum(_sum is null ? [] : [_sum], "汇总");
        return (sum, ReportSum.Audit(sum));
    }
}
