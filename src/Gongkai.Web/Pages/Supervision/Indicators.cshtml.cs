using System.Globalization;
using Gongkai.Documents.Writing;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// The indicators: what each means and how it is computed, the region's this year and over the last years, each part of the
/// region in a heatmap, each agency, and a ranking; a rate of fewer than <see cref="Indicators.MinimumCount"/> cases is not shown.
/// </summary>
public sealed class IndicatorsModel(Dashboard dashboard, Clock clock, IndicatorBoard board) : SupervisionPage(dashboard, clock)
{
    [FromQuery] public string? Rank { get; set; }

    public IndicatorBoard.Board Board { get; private set; } = null!;
    public List<(int Year, IndicatorRow Row)> Trend { get; private set; } = [];
    public string Heatmap { get; private set; } = "";
    public Indicator Ranked => Indicators.OfTables.FirstOrDefault(i => i.Code == Rank) ?? Indicators.Substantive;
    public List<IndicatorRow> Ranking { get; private set; } = [];

    /// <summary>Every column of the tables: 按时报送率, then the indicators of the report's tables.</summary>
    public static IReadOnlyList<(string Code, string Name)> Columns { get; } =
        [(IndicatorBoard.OnTimeCode, Indicators.OnTimeName), .. Indicators.OfTables.Select(i => (i.Code, i.Name))];

    public async Task<IActionResult> OnGetAsync(int? year, int? under)
    {
        if (!await LoadAsync(year, under)) return NotFound();
        Trend = await board.TrendAsync(Tree, Region, Year, Board);
        var rows = Board.Parts.Count > 0 ? Board.Parts : [Board.Region];
        Heatmap = SvgChart.Heatmap($"{Region.Name}{Year}年各项指标（颜色越深越好，灰色为样本不足）", Columns.Select(c => c.Name).ToList(),
            rows.Select(r => (r.Agency.Name, (IReadOnlyList<(string, double?)>)Columns.Select(c => Cell(c.Code, r[c.Code])).ToList())).ToList());
        var ranked = Ranked;
        Ranking = Board.Agencies.Where(a => a[ranked.Code] is { Enough: true }).ToList();
        Ranking = (ranked.HigherIsBetter ? Ranking.OrderByDescending(a => a[ranked.Code]!.Value.Rate) : Ranking.OrderBy(a => a[ranked.Code]!.Value.Rate))
            .ThenBy(a => a.Agency.Name, StringComparer.Ordinal).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int? year, int? under)
    {
        if (!await LoadAsync(year, under)) return NotFound();
        var headers = new List<string> { "机关" };
        foreach (var (_, name) in Columns) headers.AddRange([name, $"{name}分子", $"{name}分母"]);
        var rows = Board.Agencies.Prepend(Board.Region with { Agency = Board.Region.Agency with { Name = $"{Region.Name}（合计）" } })
            .Select(r => new[] { r.Agency.Name }.Concat(Columns.SelectMany(c => r[c.Code] is { } ratio
                ? [ratio.Enough && ratio.Rate is { } rate ? Percent(rate) : "样本不足", Number(ratio.Numerator), Number(ratio.Denominator)]
                : new[] { "", "", "" })));
        var title = $"{Region.Name}{Year}年政务公开指标";
        return File(GridXlsx.Write([("指标", GridXlsx.Table(headers, rows))]), ContentTypes.Xlsx, title + ".xlsx");
    }

    private async Task<bool> LoadAsync(int? year, int? under)
    {
        if (!await ScopeAsync(year, under)) return false;
        Board = await board.ForYearAsync(Tree, Region, Year);
        return true;
    }

    /// <summary>A ratio as the page shows it: the rate with its counts, or the counts alone where they are too few.</summary>
    public static string Show(Ratio? ratio) => ratio switch
    {
        null => "—",
        { Denominator: 0 } => "无",
        { Enough: false } r => $"样本不足（{Number(r.Numerator)}/{Number(r.Denominator)}）",
        { } r => $"{Percent(r.Rate!.Value)}（{Number(r.Numerator)}/{Number(r.Denominator)}）",
    };

    /// <summary>A cell of the tables; one agency's 按时报送 is said in words, not as a rate of one.</summary>
    public static string Show(string code, Ratio? ratio) => code == IndicatorBoard.OnTimeCode && ratio is { Denominator: <= 1 } one
        ? one.Denominator == 0 ? "未到期" : one.Numerator == 1 ? "按时" : "逾期或未报送"
        : Show(ratio);

    private (string, double?) Cell(string code, Ratio? ratio)
    {
        if (ratio is not { Enough: true, Rate: { } rate }) return (ratio is null ? "—" : "N<30", null);
        var indicator = Indicators.OfTables.FirstOrDefault(i => i.Code == code);
        return (Percent(rate), (double)(indicator is { HigherIsBetter: false } ? 1 - rate : rate));
    }

    public static string Percent(decimal rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Number(decimal value) => Gongkai.Reports.Figures.Show(value);
}
