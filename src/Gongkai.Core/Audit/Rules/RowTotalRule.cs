using Gongkai.Reports;

namespace Gongkai.Audit.Rules;

/// <summary>Each row of table 三: 总计 = the sum of the six applicant columns.</summary>
public static class RowTotalRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        foreach (var row in RequestRow.All)
        {
            var values = context.Report.Requests.Row(row);
            if (!Text.AllKnown(values)) continue;
            var sum = values.Take(6).Sum(v => v!.Value);
            var total = values[ApplicantColumn.Total.Index]!.Value;
            if (sum != total)
                yield return new Finding(RuleIds.RowTotal, Severity.Error, Text.At(row, ApplicantColumn.Total), Text.Num(sum), Text.Num(total),
                    $"{Text.Row(row)}：总计为{Text.Num(total)}，但六类申请人之和为{Text.Num(sum)}。");
        }
    }
}
