using Gongkai.Reports;

namespace Gongkai.Web.Pages.Reports;

/// <summary>The annual reports of the agency: last year's due by 31 January, each year's status.</summary>
public sealed class IndexModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public sealed record Row(int Year, AnnualReportRecord? Record, DateOnly Due, ReportDueStatus Status)
    {
        /// <summary>From 1 January the previous year's report is due; after 31 January it is overdue.</summary>
        public string? Warning => Status switch
        {
            ReportDueStatus.Overdue => $"已逾期：{Year}年度报告应于{Due:yyyy年M月d日}前发布",
            ReportDueStatus.Due => $"{Year}年度报告应于{Due:yyyy年M月d日}前发布",
            _ => null,
        };
    }

    public List<Row> Years { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.Today;
        var agencyId = User.AgencyId();
        var records = await db.AnnualReports.AsNoTracking().OfAgency(agencyId).ToListAsync();
        Years = Enumerable.Range(Today.Year - 3, 4).Reverse().Select(y =>
        {
            var record = records.SingleOrDefault(r => r.Year == y);
            var published = record is { Status: ReportStatus.Published } ? record.PublishedOn : null;
            return new Row(y, record, AnnualReportRecord.DueOn(y), AnnualReportRecord.DueStatus(y, published, Today));
        }).ToList();
    }
}
