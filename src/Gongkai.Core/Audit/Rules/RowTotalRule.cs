
namespace Gongkai.Audit.Rules;

/// <summary>Each row of table 三: 总计 = the sum of the six applicant columns.</summary>
internal static class RowTotalRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var values = new decimal[ApplicantColumn.Count];
        foreach (var row in RequestRow.All)
        {
            if (!context.Report.Requests.TryGetRow(row, values)) continue;
            var sum = values[0] + values[1] + values[2] + values[3] + values[4] + values[5];
            var total = values[ApplicantColumn.Total.Index];
            if (sum != total)
                yield return new Finding(RuleIds.RowTotal, Severity.Error, Text.At(row, ApplicantColumn.Total), Text.Num(sum), Text.Num(total),
                    $"{Text.Row(row)}：总计为{Text.Num(total)}，但六类申请人之和为{Text.Num(sum)}。");
        }
    }
}
