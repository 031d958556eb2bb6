using Gongkai.Audit;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Audit;

/// <summary>Section 五 names the year's problems and the measures; one that says neither, or repeats last year's, is flagged.</summary>
public class VagueProblemsRuleTests
{
    [Fact]
    public void A_section_naming_a_problem_and_a_measure_is_specific()
    {
        var report = Builders.ConsistentReport();
        report.SectionText[ReportSection.Problems] = "政策解读形式单一，图解、视频解读较少。下一步将丰富解读形式，每季度发布图解不少于两期。";

        Assert.Empty(Auditor.Audit(report));
    }

    [Fact]
    public void A_section_without_a_problem_is_a_warning()
    {
        var report = Builders.ConsistentReport();
        report.SectionText[ReportSection.Problems] = "本年度政务公开工作取得了显著成效，我局将继续加强政务公开工作，推动各项工作再上新台阶。";

        var finding = Assert.Single(Auditor.Audit(report));
        Assert.Equal((RuleIds.VagueProblems, Severity.Warning, "本年度存在的具体问题"), (finding.Rule, finding.Severity, finding.Expected));
        Assert.Equal(new Location(Location.Narrative, "五"), finding.Location);
        Assert.Contains("未写明本年度存在的具体问题", finding.Message);
    }

    [Fact]
    public void A_section_without_a_measure_is_a_warning()
    {
        var report = Builders.ConsistentReport();
        report.SectionText[ReportSection.Problems] = "本年度政务公开工作存在一些问题，主要是信息发布的时效性不高，栏目内容不够丰富。";

        var finding = Assert.Single(Auditor.Audit(report));
        Assert.Equal((RuleIds.VagueProblems, "改进措施"), (finding.Rule, finding.Expected));
    }

    [Fact]
    public void Last_years_section_repeated_word_for_word_is_said_to_be_the_same()
    {
        var previous = Builders.ConsistentReport();
        previous.Year = 2023;
        var report = Builders.ConsistentReport();
        report.SectionText[ReportSection.Problems] = previous.SectionText[ReportSection.Problems] =
            "信息发布的时效性不高，部分栏目更新不够及时。下一步将建立栏目巡查机制，按月更新公开目录，2024年底前完成。";
        previous.SectionText[ReportSection.Problems] = previous.SectionText[ReportSection.Problems].Replace("2024", "2023");

        var finding = Assert.Single(Auditor.Audit(report, previous), f => f.Location == new Location(Location.Narrative, "五"));
        Assert.Equal(RuleIds.Copied, finding.Rule);
        Assert.Contains("与上年报告逐字相同", finding.Message);
    }
}
