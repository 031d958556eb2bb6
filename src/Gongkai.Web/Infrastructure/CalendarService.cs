using Gongkai.Calendar;

namespace Gongkai.Web.Infrastructure;

/// <summary>The working-day calendar: the shipped notices plus the years an admin loaded.</summary>
public sealed class CalendarService(GongkaiDbContext db)
{
    private WorkingDayCalendar? _calendar;

    public async Task<WorkingDayCalendar> GetAsync()
    {
        if (_calendar is not null) return _calendar;
        var loaded = await db.HolidayNotices.AsNoTracking().ToListAsync();
        var notices = HolidayNotice.Shipped.Where(n => loaded.All(l => l.Year != n.Year))
            .Concat(loaded.Select(l => HolidayNotice.Parse(l.Year, l.Text)));
        return _calendar = new WorkingDayCalendar(notices);
    }
}
