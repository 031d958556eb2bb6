
namespace Gongkai.Cases;

/// <summary>How a review or lawsuit ended, in the columns of table 四.</summary>
public enum CaseOutcome
{
    /// <summary>尚未审结</summary>
    Pending,
    /// <summary>结果维持</summary>
    Upheld,
    /// <summary>结果纠正</summary>
    Corrected,
    /// <summary>其他结果</summary>
    Other,
}

/// <summary>An administrative review (行政复议) or lawsuit (行政诉讼) against a reply, linked to its request.</summary>
public sealed class ReviewCase : Reports.ICountedInReport, IAgencyOwned
{
    private ReviewCase() { }

    public ReviewCase(int agencyId, long requestId, CaseKind kind, DateOnly filedOn, string body)
    {
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException("请填写复议机关或受理法院。");
        AgencyId = agencyId;
        RequestId = requestId;
        Kind = kind;
        FiledOn = filedOn;
        Body = body.Trim();
    }

    public long Id { get; private set; }
    public int AgencyId { get; private set; }
    public long RequestId { get; private set; }
    public CaseKind Kind { get; private set; }
    public DateOnly FiledOn { get; private set; }
    /// <summary>The review body or the court.</summary>
    public string Body { get; private set; } = "";
    public CaseOutcome Outcome { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Its part in a year's table 四: filed that year, in the column of its outcome on 31 December.</summary>
    public object? PartIn(int year) => FiledOn.Year == year ? (Kind, OutcomeOn(new DateOnly(year, 12, 31))) : null;

    public void Conclude(CaseOutcome outcome, DateOnly on)
    {
        if (outcome == CaseOutcome.Pending) throw new DomainException("审结时须选择维持、纠正或其他结果。");
        if (on < FiledOn) throw new DomainException("审结日期不能早于立案日期。");
        Outcome = outcome;
        ClosedOn = on;
    }

    /// <summary>The outcome as it stood on a day: a case not concluded by then counts as 尚未审结.</summary>
    public CaseOutcome OutcomeOn(DateOnly day) => ClosedOn is { } closed && closed <= day ? Outcome : CaseOutcome.Pending;

    /// <summary>
    /// Table 四 of a year: the cases filed in the year, each in the column of its outcome as of 31 December.
    /// </summary>
    public static void Fill(IEnumerable<ReviewCase> cases, int year, AnnualReport report)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var ofYear = cases.Where(c => c.FiledOn.Year == year).ToList();
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            var counts = new decimal?[CaseOutcomes.Count];
            counts[0] = ofYear.Count(c => c.Kind == kind && c.OutcomeOn(yearEnd) == CaseOutcome.Upheld);
            counts[1] = ofYear.Count(c => c.Kind == kind && c.OutcomeOn(yearEnd) == CaseOutcome.Corrected);
            counts[2] = ofYear.Count(c => c.Kind == kind && c.OutcomeOn(yearEnd) == CaseOutcome.Other);
            counts[3] = ofYear.Count(c => c.Kind == kind && c.OutcomeOn(yearEnd) == CaseOutcome.Pending);
            counts[4] = ofYear.Count(c => c.Kind == kind);
            report.Cases(kind).Set(counts);
        }
    }
}

public static class CaseOutcomeLabels
{
    public static string Label(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Pending => "尚未审结",
        CaseOutcome.Upheld => "结果维持",
        CaseOutcome.Corrected => "结果纠正",
        CaseOutcome.Other => "其他结果",
    };
}
