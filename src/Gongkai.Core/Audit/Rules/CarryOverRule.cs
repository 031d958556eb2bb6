
namespace Gongkai.Audit.Rules;

/// <summary>Row 2 (上年结转) of year Y = row 4 (结转下年度) of year Y-1, column by column.</summary>
internal static class CarryOverRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        if (CrossYear.Previous(context) is not { } previous) yield break;
        var carriedIn = RequestRow.ByCode(RequestRow.CarriedIn);
        foreach (var column in ApplicantColumn.All)
        {
            if (context.Report.Requests[carriedIn, column] is not { } now || previous.Requests[RequestRow.CarriedOver, column] is not { } before)
                continue;
            if (now != before)
                yield return new Finding(RuleIds.CarryOver, Severity.Error, Text.At(carriedIn, column), Text.Num(before), Text.Num(now),
                    $"{Text.Cell(carriedIn, column)}为{Text.Num(now)}，但上年报告“四、结转下年度继续办理”为{Text.Num(before)}。");
        }
    }
}
