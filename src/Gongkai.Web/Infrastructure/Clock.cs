namespace Gongkai.Web.Infrastructure;

/// <summary>Today in China (UTC+8, no daylight saving), from the injected time provider so tests can fix it.</summary>
public sealed class Clock(TimeProvider time)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public DateTimeOffset Now => time.GetUtcNow().ToOffset(ChinaOffset);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
