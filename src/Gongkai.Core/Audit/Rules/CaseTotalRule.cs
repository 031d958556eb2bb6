
namespace Gongkai.Audit.Rules;

/// <summary>Each group of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
internal static class CaseTotalRule
{
    public static IEnumerable<Finding> CheckReview(AuditContext context) => Check(context.Report, RuleIds.ReviewTotal, CaseKind.Review);

    public static IEnumerable<Finding> CheckLitigation(AuditContext context) =>
        Check(context.Report, RuleIds.LitigationTotal, CaseKind.LitigationDirect)
            .Concat(Check(context.Report, RuleIds.LitigationTotal, CaseKind.LitigationAfterReview));

    private static IEnumerable<Finding> Check(AnnualReport report, string rule, CaseKind kind)
    {
        var values = report.Cases(kind).Values;
        if (!Text.AllKnown(values)) yield break;
        var sum = values.Take(CaseOutcomes.TotalIndex).Sum(v => v!.Value);
        var total = values[CaseOutcomes.TotalIndex]!.Value;
        if (sum != total)
            yield return new Finding(rule, Severity.Error, new(Location.Table4, kind.Code(), "total"), Text.Num(sum), Text.Num(total),
                $"表四{kind.Label()}：总计为{Text.Num(total)}，但结果维持、结果纠正、其他结果、尚未审结之和为{Text.Num(sum)}。");
    }
}
