
namespace Gongkai.Audit.Rules;

/// <summary>
/// Section 五 must name the year's problems and the measures taken: a text with no word of a problem (问题, 不足, 短板…)
/// or none of a measure (措施, 整改, 加强…) says nothing a supervisor can follow up. An empty section is
/// <see cref="EmptySectionRule"/>'s; a copy of last year's is <see cref="CopiedRule"/>'s.
/// </summary>
internal static class VagueProblemsRule
{
    private static readonly string[] ProblemWords =
        ["问题", "不足", "短板", "差距", "薄弱", "欠缺", "不够", "不到位", "有待", "不高", "不强", "滞后", "单一", "困难", "瓶颈", "不完善", "不规范", "不及时"];

    private static readonly string[] MeasureWords =
        ["措施", "整改", "改进", "下一步", "加强", "完善", "推进", "提升", "强化", "优化", "加大", "持续", "进一步", "计划", "落实", "将"];

    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var text = context.Report.SectionText.GetValueOrDefault(ReportSection.Problems) ?? "";
        if (text.Length <= EmptySectionRule.ShortText) yield break;
        var at = new Location(Location.Narrative, ReportSection.Problems.Numeral());
        var title = $"第五部分“{ReportSection.Problems.Title()}”";
        if (!ProblemWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            yield return new Finding(RuleIds.VagueProblems, Severity.Warning, at, "本年度存在的具体问题", null,
                $"{title}未写明本年度存在的具体问题（如“不足”“短板”“有待加强”）。");
        if (!MeasureWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            yield return new Finding(RuleIds.VagueProblems, Severity.Warning, at, "改进措施", null,
                $"{title}未写明改进措施（如“下一步”“加强”“整改”）。");
    }
}
