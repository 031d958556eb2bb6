namespace Gongkai.Register;

/// <summary>A month's counts of licensing, penalty and enforcement decisions and fee income (table 二 items (五)(六)(八)).</summary>
public sealed class DecisionCount : Reports.ICountedInReport, IAgencyOwned
{
    private DecisionCount() { }

    public DecisionCount(int agencyId, int year, int month)
    {
        if (month is < 1 or > 12) throw new DomainException("月份应为1到12。");
        AgencyId = agencyId;
        Year = year;
        Month = month;
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public int Licensing { get; private set; }
    public int Penalty { get; private set; }
    public int Enforcement { get; private set; }
    public decimal FeesWanYuan { get; private set; }

    public object? PartIn(int year) => year == Year ? (Month, Licensing, Penalty, Enforcement, FeesWanYuan) : null;

    public void Set(int licensing, int penalty, int enforcement, decimal feesWanYuan)
    {
        if (licensing < 0 || penalty < 0 || enforcement < 0 || feesWanYuan < 0)
            throw new DomainException("数量和金额不能为负数。");
        (Licensing, Penalty, Enforcement, FeesWanYuan) = (licensing, penalty, enforcement, feesWanYuan);
    }
}
