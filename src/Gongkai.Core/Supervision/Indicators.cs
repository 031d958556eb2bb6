
namespace Gongkai.Supervision;

/// <summary>A rate's two counts; the rate is shown only where the denominator is large enough to mean something.</summary>
public readonly record struct Ratio(decimal Numerator, decimal Denominator)
{
    public decimal? Rate => Denominator > 0 ? Numerator / Denominator : null;

    /// <summary>Whether the rate may be shown or ranked: a rate of 3 requests says nothing about an agency.</summary>
    public bool Enough => Denominator >= Indicators.MinimumCount;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Numerator + b.Numerator, a.Denominator + b.Denominator);
}

/// <summary>An indicator: its name, its formula in the table codes, what it means and what it does not.</summary>
public sealed record Indicator(string Code, string Name, string Formula, string Meaning, string Caveat, Func<AnnualReport, Ratio?> Measure)
{
    /// <summary>Whether a higher rate is the better one (for the rankings and the colours of the heatmap).</summary>
    public bool HigherIsBetter { get; init; } = true;
}

/// <summary>
/// The indicators a supervising office ranks its agencies by, each from the cells of table 三 or 四 (DESIGN.md's codes),
/// summed over a region before dividing (a region's rate is its requests', not the mean of its agencies' rates).
/// 按时报送率 is not of a report's tables but of the region's reports: <see cref="OnTime"/>.
/// </summary>
public static class Indicators
{
    /// <summary>Below this many requests or cases a rate is not shown and not ranked.</summary>
    public const int MinimumCount = 30;

    private static readonly ApplicantColumn Total = ApplicantColumn.Total;

    private static decimal Cell(AnnualReport report, string row) => report.Requests[RequestRow.ByCode(row), Total] ?? 0;

    private static decimal Rows(AnnualReport report, params string[] rows) => rows.Sum(r => Cell(report, r));

    private static Ratio? OfAnswered(AnnualReport report, params string[] rows) =>
        report.Requests[RequestRow.ByCode(RequestRow.OutcomeTotal), Total] is { } answered ? new Ratio(Rows(report, rows), answered) : null;

    /// <summary>Corrected cases of the decided ones (总计 less 尚未审结) of the groups.</summary>
    private static Ratio? Corrected(params CaseOutcomes[] groups)
    {
        if (groups.Any(g => g.Total is null)) return null;
        return new Ratio(groups.Sum(g => g[1] ?? 0), groups.Sum(g => (g.Total ?? 0) - (g[3] ?? 0)));
    }

    public static readonly Indicator Substantive = new("substantive", "实质公开率", "（3.1 + 3.2）÷ 3.7",
        "本年办结的申请中，予以公开和部分公开的比例。",
        "“无法提供”“不予处理”多的机关未必违法：申请的信息不存在或不属于本机关时，答复无法提供是正确的。",
        r => OfAnswered(r, "3.1", "3.2"));

    public static readonly Indicator Withheld = new("withheld", "不予公开率", "（3.3.1 + … + 3.3.7）÷ 3.7",
        "本年办结的申请中，以国家秘密、法律法规禁止、三安全一稳定、第三方权益、内部事务、过程性信息、行政执法案卷为由不予公开的比例。",
        "不含3.3.8“属于行政查询事项”：那是告知按查询程序办理，不是不予公开的决定。", r => OfAnswered(r, "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7"))
    { HigherIsBetter = false };

    public static readonly Indicator Unavailable = new("unavailable", "无法提供率", "（3.4.1 + 3.4.2 + 3.4.3）÷ 3.7",
        "本年办结的申请中，因本机关不掌握、需另行制作或补正后仍不明确而无法提供的比例。",
        "比例高可能是信息管理不善，也可能是申请人向错误的机关申请；须结合具体答复判断。", r => OfAnswered(r, "3.4.1", "3.4.2", "3.4.3"))
    { HigherIsBetter = false };

    public static readonly Indicator ReviewCorrected = new("reviewCorrected", "复议纠错率", "表四 行政复议“结果纠正”÷（“总计”−“尚未审结”）",
        "已审结的行政复议案件中，复议机关纠正本机关行为的比例。",
        "只计已审结的案件；案件少时一件即大幅改变比例。", r => Corrected(r.Review))
    { HigherIsBetter = false };

    public static readonly Indicator LitigationCorrected = new("litigationCorrected", "诉讼纠错率", "表四 两类行政诉讼“结果纠正”之和 ÷（“总计”−“尚未审结”）之和",
        "已审结的行政诉讼案件（未经复议直接起诉和复议后起诉）中，法院判决纠正的比例。",
        "只计已审结的案件；判决在次年作出的案件计入次年。", r => Corrected(r.LitigationDirect, r.LitigationAfterReview))
    { HigherIsBetter = false };

    public static readonly Indicator CarryOverCleared = new("carryOverCleared", "上年结转消化率", "min（3.7，2）÷ 2",
        "上年结转的申请中，本年办结的比例。",
        "表格不区分办结的是新收还是结转的申请；按法定期限，结转的申请先到期，故视为先办结。", r =>
            r.Requests[RequestRow.ByCode(RequestRow.CarriedIn), Total] is { } carried && r.Requests[RequestRow.ByCode(RequestRow.OutcomeTotal), Total] is { } answered
                ? new Ratio(Math.Min(answered, carried), carried) : null);

    /// <summary>The indicators of a report's tables, in the order the page shows them.</summary>
    public static IReadOnlyList<Indicator> OfTables { get; } = [Substantive, Withheld, Unavailable, ReviewCorrected, LitigationCorrected, CarryOverCleared];

    public const string OnTimeName = "按时报送率";
    public const string OnTimeFormula = "按时发布（次年1月31日前）的报告数 ÷ 应报送的机关数";

    /// <summary>按时报送率 of a set of agencies: reports published by 31 January among the agencies due to publish.</summary>
    public static Ratio OnTime(IEnumerable<ReportDueStatus> statuses)
    {
        var due = statuses.Where(s => s is not ReportDueStatus.InProgress and not ReportDueStatus.Due).ToList();
        return new Ratio(due.Count(s => s == ReportDueStatus.OnTime), due.Count);
    }

    /// <summary>A region's ratio: the counts of its reports summed, then divided.</summary>
    public static Ratio? Sum(Indicator indicator, IEnumerable<AnnualReport> reports) =>
        reports.Select(indicator.Measure).Where(r => r is not null).Aggregate((Ratio?)null, (sum, r) => (sum ?? new Ratio(0, 0)) + r!.Value);
}
