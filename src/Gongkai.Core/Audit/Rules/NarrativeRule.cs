
namespace Gongkai.Audit.Rules;

/// <summary>The narrative must not contradict the tables: requests received, answered, carried in and forward, review and litigation cases, 行政事业性收费 stated in words.</summary>
internal static class NarrativeRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var report = context.Report;
        foreach (var fact in report.StatedFacts.DistinctBy(f => (f.Kind, f.Value)))
        {
            var (accepted, location, place) = TableValue(report, fact.Kind);
            if (accepted.Count == 0 || accepted.Contains(fact.Value)) continue;
            yield return new Finding(RuleIds.Narrative, Severity.Error, location, Text.Num(accepted[0]), Text.Num(fact.Value),
                $"正文称“{fact.Quote}”，但{place}为{Text.Num(accepted[0])}。");
        }
    }

    /// <summary>The table values the stated fact may equal; the first is the one it should state.</summary>
    private static (List<decimal> Accepted, Location Location, string Place) TableValue(AnnualReport report, StatedFactKind kind)
    {
        var t = report.Requests;
        var total = ApplicantColumn.Total;
        switch (kind)
        {
            case StatedFactKind.RequestsReceived:
                var accepted = new List<decimal>();
                if (t[RequestRow.Received, total] is { } received)
                {
                    accepted.Add(received);
                    // "共收到…N件" sometimes counts the requests carried in from last year as well.
                    if (t[RequestRow.CarriedIn, total] is { } carriedIn) accepted.Add(received + carriedIn);
                }
                return (accepted, new(Location.Table3, RequestRow.Received, total.Code), "表三“一、本年新收政府信息公开申请数量”总计");
            case StatedFactKind.RequestsAnswered:
                return (t[RequestRow.OutcomeTotal, total] is { } answered ? [answered] : [], new(Location.Table3, RequestRow.OutcomeTotal, total.Code), "表三“（七）总计”");
            case StatedFactKind.RequestsCarriedIn:
                return (t[RequestRow.CarriedIn, total] is { } inbound ? [inbound] : [], new(Location.Table3, RequestRow.CarriedIn, total.Code), "表三“二、上年结转政府信息公开申请数量”总计");
            case StatedFactKind.RequestsCarriedForward:
                return (t["4", total] is { } forward ? [forward] : [], new(Location.Table3, "4", total.Code), "表三“四、结转下年度继续办理”总计");
            case StatedFactKind.ReviewCases:
                return (report.Review.Total is { } r ? [r] : [], new(Location.Table4, CaseKind.Review.Code(), "total"), "表四行政复议总计");
            case StatedFactKind.LitigationCases:
                var sum = report.LitigationDirect.Total + report.LitigationAfterReview.Total;
                return (sum is { } s ? [s] : [], new(Location.Table4, "litigation", "total"), "表四行政诉讼总计（直接起诉与复议后起诉之和）");
            case StatedFactKind.AdministrativeFees:
                return (report.Proactive.FeesWanYuan is { } fees ? [fees] : [], new(Location.Table2, ProactiveCodes.Fees, ProactiveCodes.Amount), "表二“行政事业性收费”本年收费金额（万元）");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
