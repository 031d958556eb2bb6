
namespace Gongkai.Audit;

/// <summary>The report under audit and, where given, the same agency's report of the previous year.</summary>
public sealed record AuditContext(AnnualReport Report, AnnualReport? Previous);
