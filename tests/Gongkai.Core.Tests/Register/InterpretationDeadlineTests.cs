using Gongkai.Calendar;
using Gongkai.Register;

namespace Gongkai.Core.Tests.Register;

public class InterpretationDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;
    private static readonly DateOnly Friday = new(2026, 11, 20);

    [Fact]
    public void Working_days_are_counted_past_the_weekend_and_zero_days_is_the_same_day()
    {
        Assert.Equal(new DateOnly(2026, 11, 25), InterpretationDeadline.Due(Friday, 3, Calendar));
        Assert.Equal(Friday, InterpretationDeadline.Due(Friday, 0, Calendar));
    }

    [Fact]
    public void National_Day_holidays_are_not_working_days()
    {
        // 2026年国庆节放假10月1日至7日：9月30日制发的文件，下一个工作日是10月8日。
        Assert.Equal(new DateOnly(2026, 10, 8), InterpretationDeadline.Due(new DateOnly(2026, 9, 30), 1, Calendar));
    }

    [Theory]
    [InlineData("2026-11-20", InterpretationState.OnTime)]
    [InlineData("2026-11-25", InterpretationState.OnTime)]
    [InlineData("2026-11-26", InterpretationState.Late)]
    public void An_interpretation_is_on_time_up_to_the_last_day(string published, InterpretationState expected) =>
        Assert.Equal(expected, InterpretationDeadline.State(InterpretationDeadline.Due(Friday, 3, Calendar), DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 12, 1)));

    [Fact]
    public void A_document_without_one_is_awaited_within_its_days_and_missing_after()
    {
        Assert.Equal(InterpretationState.Awaited, InterpretationDeadline.State(InterpretationDeadline.Due(Friday, 3, Calendar), null, new DateOnly(2026, 11, 25)));
        Assert.Equal(InterpretationState.Missing, InterpretationDeadline.State(InterpretationDeadline.Due(Friday, 3, Calendar), null, new DateOnly(2026, 11, 26)));
    }
}

public class AgencyInterpretationDaysTests
{
    [Fact]
    public void An_agency_keeps_its_days_and_refuses_more_than_a_month()
    {
        var agency = new Gongkai.Agencies.Agency("示例县卫生健康局");
        Assert.Equal(InterpretationDeadline.DefaultDays, agency.InterpretationDays);
        agency.SetInterpretationDays(0);
        Assert.Equal(0, agency.InterpretationDays);
        Assert.Contains("应为0到30个工作日", Assert.Throws<DomainException>(() => agency.SetInterpretationDays(31)).Message);
    }
}
