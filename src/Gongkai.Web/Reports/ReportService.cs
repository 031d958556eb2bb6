using Gongkai.Audit;
using Gongkai.Data.Reports;
using Gongkai.Documents.Auditing;
using Gongkai.Reports;

namespace Gongkai.Web.Reports;

/// <summary>An agency's annual report of a year, generated from its register and checked against the previous year's.</summary>
public sealed class ReportService(GongkaiDbContext db)
{
    public sealed record Checked(AnnualReport Report, AnnualReportRecord? Record, IReadOnlyList<Finding> Findings)
    {
        public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
    }

    public async Task<Checked> BuildAsync(int agencyId, int year)
    {
        var report = await ReportBuilder.BuildAsync(db, agencyId, year);
        var (imported, generated) = await ReportBuilder.PreviousAsync(db, agencyId, year);
        var (_, findings) = ReportCheck.Audit(report, imported, generated);
        var record = await db.AnnualReports.OfAgency(agencyId).AsNoTracking().SingleOrDefaultAsync(r => r.Year == year);
        return new Checked(report, record, findings);
    }
}
