
namespace Gongkai.Calendar;

/// <summary>Time as the Regulation counts it: Beijing time (UTC+8, no daylight saving), dates written as documents write them.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The Beijing date of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>"2026年1月20日", as letters, notices and reports write a date.</summary>
    public static string Written(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
