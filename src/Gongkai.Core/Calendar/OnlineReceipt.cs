namespace Gongkai.Calendar;

/// <summary>
/// Art. 31 (三): an online application is received on the day both sides confirm. The office confirms on working days in
/// its working hours, so one submitted in the evening, at a weekend or on a holiday is received on the next working day.
/// </summary>
public static class OnlineReceipt
{
    /// <summary>The office's working hours (Beijing time); the default of most county offices, not a statutory figure.</summary>
    public static readonly TimeOnly Opens = new(8, 30);
    public static readonly TimeOnly Closes = new(17, 30);

    public static DateOnly Day(DateTimeOffset submittedAt, WorkingDayCalendar calendar)
    {
        var day = ChinaTime.DayOf(submittedAt);
        var time = TimeOnly.FromDateTime(submittedAt.ToOffset(ChinaTime.Offset).DateTime);
        // Before the office opens on a working day it is confirmed that same day.
        if (calendar.IsWorkingDay(day) && time < Closes) return day;
        do day = day.AddDays(1); while (!calendar.IsWorkingDay(day));
        return day;
    }

    /// <summary>How the day was set, for the history and the applicant's receipt.</summary>
    public static string Explain(DateTimeOffset submittedAt, DateOnly receivedOn)
    {
        var beijing = submittedAt.ToOffset(ChinaTime.Offset);
        return ChinaTime.DayOf(submittedAt) == receivedOn
            ? $"网上提交于{beijing:yyyy-MM-dd HH:mm}，当日为收到申请之日"
            : $"网上提交于{beijing:yyyy-MM-dd HH:mm}（非工作时间），以下一个工作日{receivedOn:yyyy-MM-dd}为收到申请之日（条例第三十一条）";
    }
}
