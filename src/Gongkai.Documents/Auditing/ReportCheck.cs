using System.Text;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Auditing;

/// <summary>
/// Checks a generated report the way a supervising office will: written out, read back by the reader, and audited
/// (against the previous year's where given). What the reader cannot find in the document is a finding too.
/// </summary>
public static class ReportCheck
{
    public static (AnnualReport Read, IReadOnlyList<Finding> Findings) Audit(AnnualReport report, AnnualReport? previous)
    {
        var read = ReportReader.Read(Encoding.UTF8.GetBytes(ReportHtml.Write(report)));
        var readPrevious = previous is null ? null : ReportReader.Read(Encoding.UTF8.GetBytes(ReportHtml.Write(previous)));
        return (read, Auditor.Audit(read, readPrevious));
    }
}
