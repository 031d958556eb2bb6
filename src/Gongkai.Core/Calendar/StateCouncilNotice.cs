using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Calendar;

/// <summary>
/// Reads the State Council's holiday notice as published ("二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，
/// 共9天。2月14日（周六）、2月28日（周六）上班。") into the text form of <see cref="HolidayNotice"/>, so an administrator
/// pastes the notice instead of typing dates.
/// </summary>
public static partial class StateCouncilNotice
{
    public static string ToText(int year, string notice)
    {
        var text = Parenthetical().Replace(notice.Normalize(NormalizationForm.FormKC), "");
        var lines = new List<string>();
        if (Title().Match(notice) is { Success: true } title) lines.Add("# " + title.Value.Trim());
        foreach (var sentence in text.Split(['。', '\n', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (sentence.Contains("放假", StringComparison.Ordinal) && DayOffRange().Match(sentence) is { Success: true } range)
            {
                var from = Date(range.Groups["y1"], range.Groups["m1"], range.Groups["d1"], year, null);
                var to = range.Groups["d2"].Success ? Date(range.Groups["y2"], range.Groups["m2"], range.Groups["d2"], from.Year, from) : from;
                if (to < from) throw new FormatException($"“{sentence}”的结束日期早于开始日期。");
                lines.Add(from == to ? $"off {from:yyyy-MM-dd}" : $"off {from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
            }
            if (sentence.Contains("上班", StringComparison.Ordinal))
            {
                // Only the dates of the clause that says 上班, not a holiday's dates earlier in the same sentence.
                var clause = sentence[(sentence.LastIndexOf("放假", StringComparison.Ordinal) + 1)..];
                foreach (Match day in WorkDay().Matches(clause))
                    lines.Add($"work {Date(day.Groups["y"], day.Groups["m"], day.Groups["d"], year, null):yyyy-MM-dd}");
            }
        }
        if (!lines.Any(l => l.StartsWith("off", StringComparison.Ordinal)))
            throw new FormatException("没有在粘贴的文字中找到放假日期：请粘贴国务院办公厅通知的正文（如“一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。”）。");
        var result = string.Join('\n', lines);
        HolidayNotice.Parse(year, result);
        return result;
    }

    private static DateOnly Date(Group y, Group m, Group d, int year, DateOnly? after)
    {
        var month = m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : after!.Value.Month;
        var yearOf = y.Success ? int.Parse(y.Value, CultureInfo.InvariantCulture) : after is { } a && month < a.Month ? a.Year + 1 : after?.Year ?? year;
        var day = int.Parse(d.Value, CultureInfo.InvariantCulture);
        try
        {
            return new DateOnly(yearOf, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new FormatException($"“{yearOf}年{month}月{day}日”不是有效的日期。");
        }
    }

    [GeneratedRegex(@"（[^（）]*）|\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"国务院办公厅关于\d{4}年部分节假日安排的通知(（国办发明电〔\d{4}〕\d+号）)?")]
    private static partial Regex Title();

    [GeneratedRegex(@"(?:(?<y1>\d{4})年)?(?<m1>\d{1,2})月(?<d1>\d{1,2})日(?:\s*[至到—-]\s*(?:(?<y2>\d{4})年)?(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})日)?")]
    private static partial Regex DayOffRange();

    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial Regex WorkDay();
}
