
namespace Gongkai.Audit.Rules;

/// <summary>Section 五 must say what the problems were and how they are being fixed: not empty, not only "无".</summary>
internal static class EmptySectionRule
{
    /// <summary>Up to this many characters a section may be empty of meaning ("无", "暂无。"); longer, it says something.</summary>
    public const int ShortText = 20;

    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var report = context.Report;
        if (report.Headings.All(h => h.Section != ReportSection.Problems)) yield break;
        // Anything longer than a few letters says something; only the letters of a short text are compared.
        var section = report.SectionText.GetValueOrDefault(ReportSection.Problems) ?? "";
        if (section.Length > ShortText) yield break;
        var text = new string(section.Where(char.IsLetterOrDigit).ToArray());
        if (text is "" or "无" or "暂无" or "没有")
            yield return new Finding(RuleIds.EmptySection, Severity.Error, new(Location.Narrative, ReportSection.Problems.Numeral()),
                "存在的问题及改进措施", text, $"第五部分“{ReportSection.Problems.Title()}”为空或仅写“无”。");
    }
}
