namespace Gongkai.Calendar;

public enum DayKind
{
    Workday,
    Weekend,
    Holiday,
    MakeUpWorkday,
}

/// <summary>
/// Working days: Monday to Friday that are not official holidays, plus the make-up weekend days of that year's notice.
/// A date in a year without a loaded notice is judged by weekends alone, and says so.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _off = [];
    private readonly HashSet<DateOnly> _work = [];
    private readonly HashSet<int> _years = [];

    public WorkingDayCalendar(IEnumerable<HolidayNotice> notices)
    {
        foreach (var notice in notices)
        {
            _years.Add(notice.Year);
            _off.UnionWith(notice.DaysOff);
            _work.UnionWith(notice.MakeUpWorkdays);
        }
    }

    public static WorkingDayCalendar Shipped { get; } = new(HolidayNotice.Shipped);

    public IReadOnlyCollection<int> Years => _years;

    /// <summary>Whether the State Council's notice for the date's year is loaded.</summary>
    public bool Covers(DateOnly date) => _years.Contains(date.Year);

    public DayKind Kind(DateOnly date)
    {
        if (_work.Contains(date)) return DayKind.MakeUpWorkday;
        if (_off.Contains(date)) return DayKind.Holiday;
        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;
    }

    public bool IsWorkingDay(DateOnly date) => Kind(date) is DayKind.Workday or DayKind.MakeUpWorkday;
}
