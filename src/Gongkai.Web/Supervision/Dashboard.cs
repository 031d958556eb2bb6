using Gongkai.Agencies;
using Gongkai.Audit;
using Gongkai.Data.Supervision;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Supervision;

/// <summary>An agency of the subtree for a year: where it stands, and its report if one counts.</summary>
public sealed record DashboardRow(AgencyNode Agency, int Depth, SubmissionSummary? Submission, ReportDueStatus Status, ReviewStatus? Review = null)
{
    /// <summary>Whether the office's review accepts the report: reviewed with no problem, or corrected.</summary>
    public bool Accepted => Review is ReviewStatus.Accepted or ReviewStatus.Corrected;

    public AgencyLevel Level => Agency.Level;

    public string StatusLabel => Status switch
    {
        ReportDueStatus.InProgress or ReportDueStatus.Due => "未报送（未到期）",
        ReportDueStatus.Overdue => "逾期未报送",
        ReportDueStatus.Late => "逾期报送",
        ReportDueStatus.OnTime => "按时报送",
    };
}

/// <summary>
/// What a supervising office sees of its subtree: every agency for a year with its status and findings, the region's
/// consolidated tables with the rules checked on the sums, and the figures over the years.
/// </summary>
public sealed class Dashboard(Infrastructure.ReadDatabase read, Infrastructure.Clock clock, IMemoryCache cache)
{
    private GongkaiDbContext Db => read.Db;

    public sealed record Filter(string? Status = null, string? Name = null, AgencyLevel? Level = null);

    public static IReadOnlyList<(string Code, string Label)> Statuses { get; } =
    [
        ("missing", "未报送"), ("late", "逾期报送"), ("ontime", "按时报送"), ("errors", "有错误"), ("warnings", "有提示"), ("clean", "无错误"),
        .. Enum.GetValues<ReviewStatus>().Select(r => (r.ToString(), r.Label())),
    ];

    public async Task<AgencyTree> TreeAsync(CancellationToken cancel = default) => await SupervisedAgencies.TreeAsync(Db, cancel);

    /// <summary>Every agency of the subtree of <paramref name="rootId"/> for the year, parents before children.</summary>
    public async Task<List<DashboardRow>> RowsAsync(AgencyTree tree, int rootId, int year, CancellationToken cancel = default)
    {
        var subtree = tree.Subtree(rootId);
        var current = await SubmissionQueries.CurrentAsync(Db, year, subtree.Select(a => a.Id).ToHashSet(), cancel);
        var reviews = await Db.ReportReviews.AsNoTracking().Where(r => r.Year == year).ToDictionaryAsync(r => r.AgencyId, cancel);
        return subtree.Select(a =>
        {
            var submission = current.GetValueOrDefault((a.Id, year));
            var review = submission is null ? (ReviewStatus?)null
                : reviews.TryGetValue(a.Id, out var r) ? r.Status(submission.Id, clock.Today) : ReviewStatus.Pending;
            return new DashboardRow(a, tree.Depth(rootId, a.Id), submission, AnnualReportRecord.DueStatus(year, submission?.PublishedOn, clock.Today), review);
        }).ToList();
    }

    public static IEnumerable<DashboardRow> Apply(IEnumerable<DashboardRow> rows, Filter filter) => rows.Where(r =>
        (filter.Status switch
        {
            "missing" => r.Submission is null,
            "late" => r.Status == ReportDueStatus.Late,
            "ontime" => r.Status == ReportDueStatus.OnTime,
            "errors" => r.Submission is { Errors: > 0 },
            "warnings" => r.Submission is { Warnings: > 0 },
            "clean" => r.Submission is { Errors: 0 },
            { } code when Enum.TryParse<ReviewStatus>(code, out var review) => r.Review == review,
            _ => true,
        })
        && (string.IsNullOrWhiteSpace(filter.Name) || r.Agency.Name.Contains(filter.Name.Trim(), StringComparison.Ordinal))
        && (filter.Level is null || r.Level == filter.Level));

    /// <summary>The tables of each counted report of the rows.</summary>
    public async Task<List<(DashboardRow Row, AnnualReport Report)>> ReportsAsync(IEnumerable<DashboardRow> rows, CancellationToken cancel = default)
    {
        var submitted = rows.Where(r => r.Submission is not null).ToList();
        if (submitted.Count == 0) return [];
        var tables = await SubmissionQueries.TablesAsync(Db, submitted[0].Submission!.Year, submitted.Select(r => r.Submission!.Id).ToHashSet(), cancel);
        return submitted.Select(r => (r, StoredReport.ReadTables(tables[r.Submission!.Id], r.Agency.Name, r.Submission.Year))).ToList();
    }

    /// <summary>
    /// The region's tables: each cell summed over the counted reports of the rows, and the table rules checked on the sums.
    /// Kept in memory for the same set of reports, so a province's page does not read 5,000 reports' tables each time.
    /// </summary>
    public async Task<(AnnualReport Sum, IReadOnlyList<Finding> Findings)> ConsolidateAsync(IReadOnlyList<DashboardRow> rows, AgencyNode region, int year, CancellationToken cancel = default)
    {
        // The set itself is the key (its digest, with each report's revision): a count, sum and last id could be equal for two different sets.
        var key = ("consolidated", region.Id, region.Name, year, SubmissionQueries.Digest(rows.Where(r => r.Submission is not null).Select(r => r.Submission!)));
        if (cache.TryGetValue<(AnnualReport, IReadOnlyList<Finding>)>(key, out var known)) return known;
        var sum = ReportSum.Sum((await ReportsAsync(rows, cancel)).Select(r => r.Report), region.Name, year);
        var result = (sum, ReportSum.Audit(sum));
        cache.Set(key, result, TimeSpan.FromMinutes(10));
        return result;
    }

    /// <summary>Received requests (row 1, 总计) of the subtree in each year that has reports (the last six), for the trend.</summary>
    public async Task<List<(int Year, decimal Received, int Reports)>> TrendAsync(AgencyTree tree, int rootId, CancellationToken cancel = default)
    {
        var current = await SubmissionQueries.CurrentAsync(Db, null, tree.Subtree(rootId).Select(a => a.Id).ToHashSet(), cancel);
        return current.Values.GroupBy(s => s.Year).OrderBy(g => g.Key).TakeLast(6)
            .Select(g => (g.Key, g.Sum(s => s.Received ?? 0), g.Count())).ToList();
    }

    /// <summary>The outcome groups of table 三 (总计 column), for the outcome mix.</summary>
    public static List<(string Label, decimal Value)> OutcomeMix(AnnualReport sum)
    {
        var total = ApplicantColumn.Total;
        return RequestRow.Outcomes
            .GroupBy(r => r.Group ?? r.Label)
            .Select(g => (Label: Short(g.Key), Value: g.Sum(r => sum.Requests[r, total] ?? 0)))
            .ToList();
    }

    private static string Short(string label)
    {
        // "（二）部分公开（区分处理的…）" is shown as "（二）部分公开".
        var cut = label.IndexOf('（', label.IndexOf('）', StringComparison.Ordinal) + 1);
        return cut > 0 ? label[..cut] : label;
    }
}
