
namespace Gongkai.Audit.Rules;

/// <summary>Counts are whole numbers ≥ 0; the fee amount (万元) is a decimal ≥ 0.</summary>
internal static class NegativeRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var report = context.Report;
        foreach (var c in report.Proactive.Cells())
        {
            var isAmount = c.Row == ProactiveCodes.Fees;
            if (c.Value is { } v && (v < 0 || (!isAmount && v != decimal.Truncate(v))))
                yield return Found(new(Location.Table2, c.Row, c.Column), v, $"表二“{c.Label}”");
        }
        foreach (var row in RequestRow.All)
            for (var c = 0; c < ApplicantColumn.Count; c++)
                if (report.Requests.Cells(row)[c] is { } v && !IsCount(v))
                    yield return Found(Text.At(row, ApplicantColumn.All[c]), v, Text.Cell(row, ApplicantColumn.All[c]));
        foreach (var kind in Enum.GetValues<CaseKind>())
            for (var i = 0; i < CaseOutcomes.Count; i++)
                if (report.Cases(kind)[i] is { } v && !IsCount(v))
                    yield return Found(new(Location.Table4, kind.Code(), CaseOutcomes.Columns[i].Code), v, $"表四{kind.Label()}“{CaseOutcomes.Columns[i].Label}”");
    }

    private static bool IsCount(decimal v) => v >= 0 && (v.Scale == 0 || v == decimal.Truncate(v));

    private static Finding Found(Location at, decimal value, string place) =>
        new(RuleIds.Negative, Severity.Error, at, "≥0", Text.Num(value), $"{place}为{Text.Num(value)}，应为不小于0的{(at.Row == ProactiveCodes.Fees ? "数" : "整数")}。");
}
