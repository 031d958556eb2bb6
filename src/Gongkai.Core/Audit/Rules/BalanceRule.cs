
namespace Gongkai.Audit.Rules;

/// <summary>第一项加第二项之和，等于第三项加第四项之和: 1 + 2 = 3.7 + 4, column by column.</summary>
internal static class BalanceRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var t = context.Report.Requests;
        foreach (var column in ApplicantColumn.All)
        {
            if (t[RequestRow.Received, column] is not { } received || t[RequestRow.CarriedIn, column] is not { } carriedIn
                || t[RequestRow.OutcomeTotal, column] is not { } handled || t[RequestRow.CarriedOver, column] is not { } carriedOver)
                continue;
            var left = received + carriedIn;
            var right = handled + carriedOver;
            if (left != right)
                yield return new Finding(RuleIds.Balance, Severity.Error, new(Location.Table3, RequestRow.OutcomeTotal, column.Code),
                    Text.Num(left), Text.Num(right),
                    $"表三“{column.Label}”列：第一项加第二项之和为{Text.Num(left)}（{Text.Num(received)}+{Text.Num(carriedIn)}），" +
                    $"但第三项加第四项之和为{Text.Num(right)}（{Text.Num(handled)}+{Text.Num(carriedOver)}）。");
        }
    }
}
