using Gongkai.Audit;
using Gongkai.Documents.Auditing;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary>Counts of a batch, kept while its reports are written out one by one; with a summary, their tables too.</summary>
public sealed class AuditSummary(bool keepReports = false)
{
    private readonly List<AnnualReport> _reports = [];

    public int Total { get; private set; }
    public int Unreadable { get; private set; }
    public int WithErrors { get; private set; }

    public void Add(AuditedReport report)
    {
        Total++;
        if (report.Error is not null) Unreadable++;
        else if (report.HasErrors) WithErrors++;
        if (keepReports && report.Report is { } read) _reports.Add(read);
    }

    /// <summary>The region's tables summed over the readable reports, and the rules checked on the sums.</summary>
    public (AnnualReport Sum, IReadOnlyList<Finding> Findings) Consolidated()
    {
        var sum = ReportSum.Sum(_reports, "汇总");
        return (sum, ReportSum.Audit(sum));
    }
}
