using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;

namespace Gongkai.Documents.Auditing;

/// <summary>
/// Checks a generated report the way a supervising office will: written out, read back by the reader, and audited
/// (against the previous year's where given). What the reader cannot find in the document is a finding too.
/// </summary>
public static class ReportCheck
{
    public static (AnnualReport Read, IReadOnlyList<Finding> Findings) Audit(AnnualReport report, AnnualReport? previous) =>
        Audit(report, null, previous);

    /// <param name="importedPrevious">Last year's report as published, where it was imported; it wins over <paramref name="generatedPrevious"/>.</param>
    public static (AnnualReport Read, IReadOnlyList<Finding> Findings) Audit(AnnualReport report, byte[]? importedPrevious, AnnualReport? generatedPrevious)
    {
        var read = ReadBack(report);
        var previous = importedPrevious is not null ? ReportReader.Read(importedPrevious)
            : generatedPrevious is not null ? ReadBack(generatedPrevious)
            : null;
        return (read, Auditor.Audit(read, previous));
    }

    private static AnnualReport ReadBack(AnnualReport report) => ReportReader.Read(Encoding.UTF8.GetBytes(ReportHtml.Write(report)));
}
