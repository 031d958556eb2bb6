using Gongkai.Audit;

namespace Gongkai.Reports;

/// <summary>
/// The consolidated tables of many reports, as a supervising office publishes them for its region: each cell the sum of
/// the reports' cells. A cell missing in any report is missing in the sum, so the gap is seen, not hidden.
/// </summary>
public static class ReportSum
{
    public static AnnualReport Sum(IEnumerable<AnnualReport> reports, string? region = null, int? year = null)
    {
        var list = reports.ToList();
        var sum = new AnnualReport { Agency = region, Year = year ?? (list.Select(r => r.Year).Distinct().Count() == 1 ? list[0].Year : null) };
        if (list.Count == 0) return sum;

        Add(list, r => r.Proactive.Regulations, sum.Proactive.Regulations);
        Add(list, r => r.Proactive.NormativeDocuments, sum.Proactive.NormativeDocuments);
        sum.Proactive.Licensing = Total(list.Select(r => r.Proactive.Licensing));
        sum.Proactive.Penalty = Total(list.Select(r => r.Proactive.Penalty));
        sum.Proactive.Enforcement = Total(list.Select(r => r.Proactive.Enforcement));
        sum.Proactive.FeesWanYuan = Total(list.Select(r => r.Proactive.FeesWanYuan));
        foreach (var row in RequestRow.All)
            foreach (var column in ApplicantColumn.All)
                sum.Requests[row, column] = Total(list.Select(r => r.Requests[row, column]));
        foreach (var kind in Enum.GetValues<CaseKind>())
            for (var i = 0; i < CaseOutcomes.Count; i++)
                sum.Cases(kind)[i] = Total(list.Select(r => r.Cases(kind)[i]));
        return sum;
    }

    /// <summary>The rules of the tables checked on a sum (the narrative and cross-year rules do not apply to one).</summary>
    public static IReadOnlyList<Finding> Audit(AnnualReport sum)
    {
        var tableRules = Auditor.Rules.Where(r => r.Id is RuleIds.RowTotal or RuleIds.OutcomeTotal or RuleIds.Balance
            or RuleIds.ReviewTotal or RuleIds.LitigationTotal or RuleIds.Negative or RuleIds.Missing);
        var context = new AuditContext(sum, null);
        return tableRules.SelectMany(r => r.Check(context)).Where(f => f.Location.Table != Location.Title).ToList();
    }

    private static void Add(List<AnnualReport> reports, Func<AnnualReport, DocumentCounts> counts, DocumentCounts into)
    {
        into.Issued = Total(reports.Select(r => counts(r).Issued));
        into.Repealed = Total(reports.Select(r => counts(r).Repealed));
        into.InForce = Total(reports.Select(r => counts(r).InForce));
    }

    private static decimal? Total(IEnumerable<decimal?> values)
    {
        decimal total = 0;
        foreach (var value in values)
        {
            if (value is not { } v) return null;
            total += v;
        }
        return total;
    }
}
