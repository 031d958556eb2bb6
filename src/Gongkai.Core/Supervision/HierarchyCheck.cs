
namespace Gongkai.Supervision;

public enum HierarchyState
{
    /// <summary>The government's figure equals the sum of the agencies below it.</summary>
    Equal,
    /// <summary>They differ (or the reports that came already add up to more than the government's figure).</summary>
    Differs,
    /// <summary>An agency's report below is missing and the others add up to no more: cannot be checked yet.</summary>
    CannotCheck,
}

/// <summary>One figure of a government's report against the sum of the same figure in the reports of the agencies below it.</summary>
public sealed record HierarchyFact(Location Location, decimal? Own, decimal? Below, HierarchyState State);

/// <summary>
/// A government's own report (a county's, covering the whole county) against the sum of its departments' and towns'
/// reports, figure by figure: every cell of table 二, the 总计 column of table 三 and every cell of table 四. Counts are never
/// negative, so a figure the reports already received exceed is wrong even while some are missing.
/// </summary>
public static class HierarchyCheck
{
    /// <param name="below">The reports of the agencies directly below that came.</param>
    /// <param name="missing">How many agencies directly below have no report.</param>
    public static List<HierarchyFact> Check(AnnualReport own, IReadOnlyList<AnnualReport> below, int missing) =>
        ReportCells.Main.Select(f =>
        {
            var values = below.Select(r => ReportCells.Get(r, f)).ToList();
            var sum = values.Any(v => v is null) ? (decimal?)null : values.Sum(v => v!.Value);
            var value = ReportCells.Get(own, f);
            var state = value is null || sum is null ? HierarchyState.CannotCheck
                : sum > value ? HierarchyState.Differs
                : missing > 0 ? HierarchyState.CannotCheck
                : sum == value ? HierarchyState.Equal : HierarchyState.Differs;
            return new HierarchyFact(f, value, sum, state);
        }).ToList();

    public static string Label(this HierarchyState state) => state switch
    {
        HierarchyState.Equal => "一致",
        HierarchyState.Differs => "不一致",
        HierarchyState.CannotCheck => "无法核对",
    };
}
