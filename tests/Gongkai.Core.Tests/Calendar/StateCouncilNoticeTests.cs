using Gongkai.Calendar;

namespace Gongkai.Core.Tests.Calendar;

/// <summary>The notices as the State Council published them read into the same days as the shipped files.</summary>
public class StateCouncilNoticeTests
{
    private const string Notice2026 = """
        国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）
        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
        一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
        二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
        三、清明节：4月4日（周六）至6日（周一）放假，共3天。
        四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
        五、端午节：6月19日（周五）至21日（周日）放假，共3天。
        六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
        七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
        节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。
        """;

    private const string Notice2023 = """
        一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
        二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
        三、清明节：4月5日放假，共1天。
        四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。
        五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。
        六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。
        """;

    [Theory]
    [InlineData(2026, Notice2026)]
    [InlineData(2023, Notice2023)]
    public void A_pasted_notice_gives_the_days_of_the_shipped_calendar(int year, string notice)
    {
        var parsed = HolidayNotice.Parse(year, StateCouncilNotice.ToText(year, notice));
        var shipped = HolidayNotice.Shipped.Single(n => n.Year == year);

        Assert.Equal(shipped.DaysOff, parsed.DaysOff);
        Assert.Equal(shipped.MakeUpWorkdays, parsed.MakeUpWorkdays);
    }

    [Fact]
    public void The_notices_title_and_number_are_kept_as_its_source()
    {
        Assert.Equal("国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）", HolidayNotice.Parse(2026, StateCouncilNotice.ToText(2026, Notice2026)).Source);
    }

    [Fact]
    public void Text_without_holiday_dates_is_refused_with_what_to_paste()
    {
        Assert.Contains("没有在粘贴的文字中找到放假日期", Assert.Throws<FormatException>(() => StateCouncilNotice.ToText(2027, "节假日期间注意安全。")).Message);
    }
}
