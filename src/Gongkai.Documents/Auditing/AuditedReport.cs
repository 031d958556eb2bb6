using Gongkai.Audit;

namespace Gongkai.Documents.Auditing;

/// <summary>One file of a batch: the report read from it and its findings, or the reason it could not be read.</summary>
public sealed record AuditedReport(string File, AnnualReport? Report, string? Error, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
