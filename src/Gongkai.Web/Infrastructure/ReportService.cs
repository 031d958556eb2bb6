using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Data.Reports;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.Reading;
using Gongkai.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

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
        var previous = await PreviousAsync(agencyId, year);
        var (_, findings) = ReportCheck.Audit(report, previous);
        var record = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year);
        return new Checked(report, record, findings);
    }

    /// <summary>Last year's report: the one imported as published, else the one generated from the register, if it has data.</summary>
    private async Task<AnnualReport?> PreviousAsync(int agencyId, int year)
    {
        var imported = await db.AnnualReports.AsNoTracking().Where(r => r.AgencyId == agencyId && r.Year == year - 1 && r.ImportedDocument != null)
            .Select(r => r.ImportedDocument).SingleOrDefaultAsync();
        if (imported is not null) return ReportReader.Read(imported);
        return await db.Requests.AnyAsync(r => r.AgencyId == agencyId && r.ReceivedOn.Year < year)
            ? await ReportBuilder.BuildAsync(db, agencyId, year - 1)
            : null;
    }
}
