using Gongkai.Documents.Auditing;

namespace Gongkai.Cli;

/// <summary>Counts of a batch, kept while its reports are written out one by one.</summary>
public sealed class AuditSummary
{
    public int Total { get; private set; }
    public int Unreadable { get; private set; }
    public int WithErrors { get; private set; }

    public void Add(AuditedReport report)
    {
        Total++;
        if (report.Error is not null) Unreadable++;
        else if (report.HasErrors) WithErrors++;
    }
}
