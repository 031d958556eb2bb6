using Gongkai.Calendar;

namespace Gongkai.Data;

/// <summary>The working-day calendar: the shipped notices plus the years an admin loaded.</summary>
public sealed class CalendarService(GongkaiDbContext db)
{
    private WorkingDayCalendar? _calendar;

    public async Task<WorkingDayCalendar> GetAsync() => _calendar ??= await LoadAsync(db);

    /// <summary>The calendar as the database has it now, for work done outside a request's scope (the report from the register).</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(GongkaiDbContext db, CancellationToken cancel = default)
    {
        var loaded = await db.HolidayNotices.AsNoTracking().ToListAsync(cancel);
        var notices = HolidayNotice.Shipped.Where(n => loaded.All(l => l.Year != n.Year))
            .Concat(loaded.Select(l => HolidayNotice.Parse(l.Year, l.Text)));
        return new WorkingDayCalendar(notices);
    }
}
