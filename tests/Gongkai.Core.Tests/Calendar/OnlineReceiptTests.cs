using Gongkai.Calendar;

namespace Gongkai.Core.Tests.Calendar;

public class OnlineReceiptTests
{
    private static DateOnly Day(string beijing) =>
        OnlineReceipt.Day(DateTimeOffset.Parse(beijing + " +08:00", System.Globalization.CultureInfo.InvariantCulture), WorkingDayCalendar.Shipped);

    [Theory]
    [InlineData("2026-11-25 10:00", "2026-11-25")] // a Wednesday, office open
    [InlineData("2026-11-25 07:50", "2026-11-25")] // before opening: confirmed that day
    [InlineData("2026-11-25 17:30", "2026-11-26")] // after closing
    [InlineData("2026-11-27 23:10", "2026-11-30")] // Friday night: Monday
    [InlineData("2026-11-28 09:00", "2026-11-30")] // Saturday
    [InlineData("2026-09-30 18:00", "2026-10-08")] // the eve of National Day: after the holiday
    [InlineData("2026-10-10 10:00", "2026-10-10")] // a make-up working Saturday
    public void An_online_application_outside_working_hours_is_received_on_the_next_working_day(string submitted, string received) =>
        Assert.Equal(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), Day(submitted));

    [Fact]
    public void The_history_says_why_the_day_moved()
    {
        var at = DateTimeOffset.Parse("2026-11-27 23:10 +08:00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("以下一个工作日2026-11-30为收到申请之日（条例第三十一条）", OnlineReceipt.Explain(at, new DateOnly(2026, 11, 30)));
    }
}
