
namespace Gongkai.Audit.Rules;

/// <summary>3.7 = 3.1 + 3.2 + all of 3.3.x … 3.6.x, column by column.</summary>
internal static class OutcomeTotalRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var table = context.Report.Requests;
        var totalRow = RequestRow.ByCode(RequestRow.OutcomeTotal);
        foreach (var column in ApplicantColumn.All)
        {
            if (table[totalRow, column] is not { } total || Sum(table, column) is not { } sum) continue;
            if (sum != total)
                yield return new Finding(RuleIds.OutcomeTotal, Severity.Error, Text.At(totalRow, column), Text.Num(sum), Text.Num(total),
                    $"{Text.Cell(totalRow, column)}为{Text.Num(total)}，但各项办理结果之和为{Text.Num(sum)}。");
        }
    }

    /// <summary>The sum of the outcome rows in a column, or null when one of them is not stated.</summary>
    private static decimal? Sum(RequestTable table, ApplicantColumn column)
    {
        decimal sum = 0;
        foreach (var row in RequestRow.Outcomes)
        {
            if (table[row, column] is not { } v) return null;
            sum += v;
        }
        return sum;
    }
}
