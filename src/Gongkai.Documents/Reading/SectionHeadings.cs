using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>Recognises the six statutory section headings by their words, whatever number they were given.</summary>
internal static partial class SectionHeadings
{
    private static readonly (ReportSection Section, string[] Words)[] Words =
    [
        (ReportSection.Overview, ["总体情况"]),
        (ReportSection.ProactiveDisclosure, ["主动公开政府信息", "主动公开情况"]),
        (ReportSection.Requests, ["收到和处理", "依申请公开情况"]),
        (ReportSection.ReviewAndLitigation, ["行政复议", "行政诉讼"]),
        (ReportSection.Problems, ["存在的主要问题", "存在主要问题", "存在的问题", "问题及改进", "改进情况"]),
        (ReportSection.Other, ["其他需要报告", "其他需报告"]),
    ];

    /// <summary>The heading a line is, or null: "三、收到和处理政府信息公开申请情况" but not "三、本年度办理结果".</summary>
    public static SectionHeading? Recognise(string compactLine)
    {
        // Every row is asked: one that does not begin with a numeral is turned away before the pattern runs.
        if (compactLine.Length is 0 or > 40 || !"一二三四五六七八九十".Contains(compactLine[0])) return null;
        var match = Numbered().Match(compactLine);
        if (!match.Success) return null;
        var title = compactLine[match.Length..];
        foreach (var (section, words) in Words)
            if (words.Any(w => title.Contains(w, StringComparison.Ordinal)))
                return new SectionHeading(ChineseNumerals.Parse(match.Groups[1].Value[0]), section, compactLine);
        return null;
    }

    /// <summary>
    /// A heading that lost its number ("其他需要报告的事项"): a short paragraph that begins with the section's words (or
    /// its title's), with no bracket, digit or full stop — so "（一）主动公开情况" or a sentence never is one.
    /// </summary>
    public static SectionHeading? RecogniseUnnumbered(string compactLine)
    {
        if (compactLine.Length is < 4 or > 30 || compactLine.Contains('。') || !char.IsLetter(compactLine[0]) || compactLine[0] is >= 'A' and <= 'z') return null;
        foreach (var (section, words) in Words)
        {
            var title = section.Title()[2..];
            if (compactLine.StartsWith(title[..Math.Min(title.Length, 6)], StringComparison.Ordinal)
                || words.Any(w => compactLine.StartsWith(w, StringComparison.Ordinal)))
                return new SectionHeading(null, section, compactLine);
        }
        return null;
    }

    /// <summary>
    /// A heading with its own number whose words a scan's OCR garbled ("六、其也需要;巩告的寻项"): the title about as long
    /// as the section's and sharing at least half its characters. Asked only where the section is missing and in its place
    /// between the sections found, so a row label ("一、本年新收政府信息公开申请数量") never is one.
    /// </summary>
    public static SectionHeading? RecogniseGarbled(string compactLine, ReportSection section)
    {
        var match = NumberedLoosely().Match(compactLine);
        if (!match.Success || match.Groups[1].Value != section.Numeral()) return null;
        var title = compactLine[match.Length..];
        var expected = section.Title()[2..];
        if (title.Length < expected.Length * 0.6 || title.Length > expected.Length * 1.5) return null;
        var left = expected.ToList();
        var shared = title.Count(left.Remove);
        return shared * 2 >= expected.Length ? new SectionHeading(ChineseNumerals.Parse(match.Groups[1].Value[0]), section, compactLine) : null;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十])[、.,，:：]")]
    private static partial Regex Numbered();

    /// <summary>A number whose comma OCR may have lost ("五存在的主要问题").</summary>
    [GeneratedRegex(@"^([一二三四五六七八九十])[、.,，:：]?")]
    private static partial Regex NumberedLoosely();
}
