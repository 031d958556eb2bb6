using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Web.Supervision;

/// <summary>An agency (or a part of the region, summed) with each indicator's counts for a year; 按时报送率 under <see cref="IndicatorBoard.OnTimeCode"/>.</summary>
public sealed record IndicatorRow(AgencyNode Agency, int Depth, IReadOnlyDictionary<string, Ratio?> Values)
{
    public Ratio? this[string code] => Values.GetValueOrDefault(code);
}

/// <summary>
/// The indicators of a region for a year: each agency's own, each part below the region summed (the heatmap's rows), the
/// region's, and the region's over the last years.
/// </summary>
public sealed class IndicatorBoard(Dashboard dashboard)
{
    public const string OnTimeCode = "onTime";

    public sealed record Board(IndicatorRow Region, List<IndicatorRow> Parts, List<IndicatorRow> Agencies);

    public async Task<Board> ForYearAsync(AgencyTree tree, AgencyNode region, int year, CancellationToken cancel = default)
    {
        var rows = await dashboard.RowsAsync(tree, region.Id, year, cancel);
        var reports = (await dashboard.ReportsAsync(rows, cancel)).ToDictionary(r => r.Row.Agency.Id, r => r.Report);
        var status = rows.ToDictionary(r => r.Agency.Id, r => r.Status);
        IndicatorRow Of(AgencyNode agency, int depth, IReadOnlyCollection<int> agencies) => new(agency, depth, Measure(
            agencies.Where(reports.ContainsKey).Select(a => reports[a]).ToList(), agencies.Select(a => status[a])));
        var parts = tree.Children(region.Id).Select(c => Of(c, 1, tree.Subtree(c.Id).Select(a => a.Id).Where(status.ContainsKey).ToList())).ToList();
        var agencies = rows.Select(r => Of(r.Agency, r.Depth, [r.Agency.Id])).ToList();
        return new Board(Of(region, 0, status.Keys), parts, agencies);
    }

    /// <summary>The region's indicators in each of the last <paramref name="years"/> years up to the year of <paramref name="current"/>, which is not computed again.</summary>
    public async Task<List<(int Year, IndicatorRow Row)>> TrendAsync(AgencyTree tree, AgencyNode region, int year, Board current, int years = 5, CancellationToken cancel = default)
    {
        var trend = new List<(int, IndicatorRow)>();
        for (var y = year - years + 1; y < year; y++)
            trend.Add((y, (await ForYearAsync(tree, region, y, cancel)).Region));
        trend.Add((year, current.Region));
        return trend;
    }

    private static Dictionary<string, Ratio?> Measure(IReadOnlyList<AnnualReport> reports, IEnumerable<ReportDueStatus> statuses)
    {
        var values = Indicators.OfTables.ToDictionary(i => i.Code, i => Indicators.Sum(i, reports));
        values[OnTimeCode] = Indicators.OnTime(statuses);
        return values;
    }
}
