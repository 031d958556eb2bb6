namespace Gongkai.Reports;

/// <summary>
/// A record the annual report of its agency counts. What it contributes to a year's report is the one thing a published
/// year locks: a save that would change it for a locked year is refused (<see cref="YearLockedException"/>), whatever
/// page, import or job makes it, and whatever date the entry carries.
/// </summary>
public interface ICountedInReport
{
    int AgencyId { get; }

    /// <summary>Its part in the report of <paramref name="year"/>, compared by value; null where it counts nothing that year.</summary>
    object? PartIn(int year);
}

/// <summary>A save that would change a published year's report.</summary>
public sealed class YearLockedException(int year, DateOnly? publishedOn)
    : DomainException($"{year}年度报告已于{publishedOn:yyyy-MM-dd}发布，这项修改会改变该年度报告的数据，没有保存；如需更正，请由负责人在年度报告页面解锁。")
{
    public int Year { get; } = year;
}
