namespace Gongkai.Reports;

/// <summary>The six statutory sections of the annual report, numbered 一 to 六.</summary>
public enum ReportSection
{
    Overview = 1,
    ProactiveDisclosure = 2,
    Requests = 3,
    ReviewAndLitigation = 4,
    Problems = 5,
    Other = 6,
}

public static class ReportSections
{
    public static IReadOnlyList<ReportSection> All { get; } = Enum.GetValues<ReportSection>();

    public static string Numeral(this ReportSection section) => ChineseNumerals.Of((int)section);

    public static string Title(this ReportSection section) => section switch
    {
        ReportSection.Overview => "一、总体情况",
        ReportSection.ProactiveDisclosure => "二、主动公开政府信息情况",
        ReportSection.Requests => "三、收到和处理政府信息公开申请情况",
        ReportSection.ReviewAndLitigation => "四、政府信息公开行政复议、行政诉讼情况",
        ReportSection.Problems => "五、存在的主要问题及改进情况",
        ReportSection.Other => "六、其他需要报告的事项",
    };
}

/// <summary>A section heading as it stands in the document: the number it was given and the section it names.</summary>
public sealed record SectionHeading(int? Number, ReportSection Section, string Text);

public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九十";

    public static string Of(int n) => n is >= 0 and <= 10 ? Digits[n].ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int? Parse(char c)
    {
        var i = Digits.IndexOf(c);
        return i >= 0 ? i : null;
    }
}
