namespace Gongkai.Web.Infrastructure;

/// <summary>Today in China (UTC+8, no daylight saving), from the injected time provider so tests can fix it.</summary>
public sealed class Clock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow().ToOffset(Gongkai.Calendar.ChinaTime.Offset);

    public DateOnly Today => Gongkai.Calendar.ChinaTime.DayOf(Now);
}
