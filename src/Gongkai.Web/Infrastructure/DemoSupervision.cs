using Gongkai.Agencies;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Demo mode's supervising office: the demo county government above the demo agencies, with reports collected from some
/// of them — on time, late, one with an arithmetic error, some missing — so the dashboard shows every case.
/// </summary>
public static class DemoSupervision
{
    public const string CountyName = "示例县人民政府（演示）";
    public const string FinanceName = "示例县财政局（演示）";
    public const string MarketName = "示例县市场监督管理局（演示）";
    public const string TownName = "示例县城关镇人民政府（演示）";

    /// <summary>Creates the county and its agencies once; returns the county, the supervising office's agency.</summary>
    public static async Task<Agency> EnsureAsync(GongkaiDbContext db, Clock clock)
    {
        if (await db.Agencies.SingleOrDefaultAsync(a => a.IsDemo && a.Name == CountyName) is { } existing) return existing;
        var county = db.Agencies.Add(new Agency(CountyName, isDemo: true, level: AgencyLevel.County)).Entity;
        await db.SaveChangesAsync();
        foreach (var agency in await db.Agencies.Where(a => a.IsDemo && a.Id != county.Id).ToListAsync())
            agency.ParentId = county.Id;
        var finance = db.Agencies.Add(new Agency(FinanceName, true, county.Id)).Entity;
        var market = db.Agencies.Add(new Agency(MarketName, true, county.Id)).Entity;
        var town = db.Agencies.Add(new Agency(TownName, true, county.Id, AgencyLevel.Township)).Entity;
        await db.SaveChangesAsync();

        var year = clock.Today.Year - 1;
        Collect(db, clock, finance, year - 1, Synthetic(FinanceName, year - 1, received: 6, carriedIn: 0, carriedOver: 1, inForce: 12), onTime: true);
        Collect(db, clock, finance, year, Synthetic(FinanceName, year, received: 9, carriedIn: 1, carriedOver: 0, inForce: 14, brokenTotal: true), onTime: true);
        Collect(db, clock, market, year, Synthetic(MarketName, year, received: 15, carriedIn: 0, carriedOver: 2, inForce: 30), onTime: false);
        Collect(db, clock, town, year, Synthetic(TownName, year, received: 3, carriedIn: 0, carriedOver: 0, inForce: 0), onTime: true);
        await db.SaveChangesAsync();
        return county;
    }

    private static void Collect(GongkaiDbContext db, Clock clock, Agency agency, int year, AnnualReport report, bool onTime) =>
        db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, $"{agency.Name}{year}年度报告.html",
            System.Text.Encoding.UTF8.GetBytes(ReportHtml.Write(report)),
            onTime ? new DateOnly(year + 1, 1, 20) : new DateOnly(year + 1, 2, 15), clock.Now, agency.Id, year: year));

    /// <summary>An invented report whose tables balance, unless <paramref name="brokenTotal"/> breaks row 1's 总计.</summary>
    internal static AnnualReport Synthetic(string agency, int year, int received, int carriedIn, int carriedOver, int inForce, bool brokenTotal = false)
    {
        var report = new AnnualReport { Agency = agency, Year = year };
        report.Proactive.Regulations.Issued = report.Proactive.Regulations.Repealed = report.Proactive.Regulations.InForce = 0;
        (report.Proactive.NormativeDocuments.Issued, report.Proactive.NormativeDocuments.Repealed, report.Proactive.NormativeDocuments.InForce) = (2, 0, inForce);
        (report.Proactive.Licensing, report.Proactive.Penalty, report.Proactive.Enforcement, report.Proactive.FeesWanYuan) = (received * 10, received, 0, 0);
        var handled = received + carriedIn - carriedOver;
        var outcomes = new Dictionary<string, int> { ["3.1"] = handled / 2, ["3.2"] = handled / 4, ["3.4.1"] = handled - handled / 2 - handled / 4 };
        foreach (var row in RequestRow.All)
        {
            var value = row.Code switch
            {
                RequestRow.Received => received,
                RequestRow.CarriedIn => carriedIn,
                RequestRow.OutcomeTotal => handled,
                RequestRow.CarriedOver => carriedOver,
                _ => outcomes.GetValueOrDefault(row.Code),
            };
            report.Requests.SetRow(row, [value, 0, 0, 0, 0, 0, value + (brokenTotal && row.Code == RequestRow.Received ? 1 : 0)]);
        }
        report.Review.Set([1, 0, 0, 0, 1]);
        report.LitigationDirect.Set([0, 0, 0, 0, 0]);
        report.LitigationAfterReview.Set([0, 0, 0, 0, 0]);
        report.Opening = "本报告根据《中华人民共和国政府信息公开条例》编制（演示数据，非真实政府信息）。";
        report.SectionText[ReportSection.Overview] = $"{year}年，本机关共收到政府信息公开申请{received}件，均按期答复。";
        report.SectionText[ReportSection.Problems] = "存在的主要问题是公开内容不够全面，将进一步完善公开目录。";
        report.SectionText[ReportSection.Other] = "本年度未收取信息处理费。";
        foreach (var section in ReportSections.All)
            report.Headings.Add(new SectionHeading((int)section, section, section.Title()));
        return report;
    }
}
