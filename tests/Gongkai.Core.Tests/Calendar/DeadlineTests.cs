using Gongkai.Calendar;

namespace Gongkai.Core.Tests.Calendar;

public class DeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_shipped_calendar_holds_the_notices_of_2022_to_2026()
    {
        Assert.Equal([2022, 2023, 2024, 2025, 2026], Calendar.Years.Order());
        Assert.Equal(DayKind.MakeUpWorkday, Calendar.Kind(D("2024-02-04")));
        Assert.Equal(DayKind.Holiday, Calendar.Kind(D("2024-02-12")));
        Assert.Equal(DayKind.Weekend, Calendar.Kind(D("2024-03-02")));
        Assert.True(Calendar.IsWorkingDay(D("2026-02-28")));
    }

    [Fact]
    public void Deadline_skips_Spring_Festival_and_counts_make_up_Sundays()
    {
        var deadline = Deadline.Compute(D("2024-02-02"), 20, Calendar);

        Assert.Equal(D("2024-03-06"), deadline.Due);
        Assert.Equal([D("2024-02-12"), D("2024-02-13"), D("2024-02-14"), D("2024-02-15"), D("2024-02-16")], deadline.HolidaysSkipped);
        Assert.Equal([D("2024-02-04"), D("2024-02-18")], deadline.MakeUpDaysCounted);
        Assert.Contains("扣除法定节假日5天（2月12日—2月16日）", deadline.Explain());
        Assert.Contains("计入调休上班日2天（2月4日、2月18日）", deadline.Explain());
    }

    [Fact]
    public void Deadline_skips_National_Day_and_counts_make_up_Saturday()
    {
        var deadline = Deadline.Compute(D("2025-09-26"), 20, Calendar);

        Assert.Equal(D("2025-10-30"), deadline.Due);
        Assert.Equal([D("2025-09-28"), D("2025-10-11")], deadline.MakeUpDaysCounted);
        Assert.Equal(6, deadline.HolidaysSkipped.Count); // 10月1日至8日中的工作日
    }

    [Fact]
    public void The_day_of_receipt_is_not_counted()
    {
        Assert.Equal(D("2024-03-05"), Deadline.Compute(D("2024-03-04"), 1, Calendar).Due);
        Assert.Equal(D("2024-04-01"), Deadline.Compute(D("2024-03-04"), 20, Calendar).Due);
    }

    [Fact]
    public void Paused_days_do_not_count()
    {
        var deadline = Deadline.Compute(D("2024-03-04"), 20, Calendar, [new Pause(D("2024-03-11"), D("2024-03-15"), "征求第三方意见")]);

        Assert.Equal(D("2024-04-09"), deadline.Due);
        Assert.Equal(5, deadline.PausedDays.Count);
        Assert.Contains("不计征求意见、缴费等期间的工作日5天", deadline.Explain());
    }

    [Fact]
    public void An_extension_adds_twenty_working_days()
    {
        Assert.Equal(D("2024-04-29"), Deadline.Compute(D("2024-03-04"), 40, Calendar).Due);
    }

    [Fact]
    public void A_deadline_past_the_last_loaded_year_counts_weekends_only_and_says_so()
    {
        var deadline = Deadline.Compute(D("2026-12-20"), 20, Calendar);

        Assert.Equal(D("2027-01-15"), deadline.Due);
        Assert.Equal([2027], deadline.YearsAssumed);
        Assert.Contains("2027年的节假日安排尚未载入", deadline.Explain());
    }

    [Fact]
    public void A_notice_with_a_bad_line_is_refused_with_the_line_number()
    {
        var e = Assert.Throws<FormatException>(() => HolidayNotice.Parse(2027, "off 2027-01-01\nholiday 2027-02-01"));
        Assert.Contains("第2行", e.Message);
        Assert.Throws<FormatException>(() => HolidayNotice.Parse(2027, "off 2027-13-01"));
    }

    [Fact]
    public void A_loaded_notice_for_a_new_year_changes_the_deadline()
    {
        var notice = HolidayNotice.Parse(2027, "# 2027年通知\noff 2027-01-01..2027-01-03\nwork 2027-01-09");
        var calendar = new WorkingDayCalendar([.. HolidayNotice.Shipped, notice]);

        var deadline = Deadline.Compute(D("2026-12-20"), 20, calendar);

        Assert.Empty(deadline.YearsAssumed);
        Assert.Equal(D("2027-01-15"), deadline.Due); // 1月1日放假，1月9日（周六）补班
    }
}
