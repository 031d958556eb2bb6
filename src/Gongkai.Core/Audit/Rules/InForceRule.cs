
namespace Gongkai.Audit.Rules;

/// <summary>现行有效件数 of year Y = that of Y-1 + 本年制发 − 本年废止, for regulations and normative documents.</summary>
internal static class InForceRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        if (CrossYear.Previous(context) is not { } previous) yield break;
        var now = context.Report.Proactive;
        var before = previous.Proactive;
        foreach (var (code, label, counts, last) in new[]
                 {
                     (ProactiveCodes.Regulations, "规章", now.Regulations, before.Regulations),
                     (ProactiveCodes.NormativeDocuments, "行政规范性文件", now.NormativeDocuments, before.NormativeDocuments),
                 })
        {
            if (counts is not { InForce: { } inForce, Issued: { } issued, Repealed: { } repealed } || last.InForce is not { } lastInForce)
                continue;
            var expected = lastInForce + issued - repealed;
            if (expected != inForce)
                yield return new Finding(RuleIds.InForce, Severity.Error, new(Location.Table2, code, ProactiveCodes.InForce), Text.Num(expected), Text.Num(inForce),
                    $"表二{label}现行有效件数为{Text.Num(inForce)}，但上年现行有效{Text.Num(lastInForce)}件＋本年制发{Text.Num(issued)}件－本年废止{Text.Num(repealed)}件＝{Text.Num(expected)}件。");
        }
    }
}
