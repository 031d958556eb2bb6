using Gongkai.Reports;

namespace Gongkai.Core.Tests.Reports;

/// <summary>Section 五's draft asks how each of last year's problems was addressed, naming them.</summary>
public class NarrativeDraftProblemsTests
{
    [Fact]
    public void Last_years_problems_are_read_from_its_section_five()
    {
        const string lastYear = "（一）上年度问题整改情况。已整改。\n（二）存在的主要问题。一是部分业务科室对公文公开属性的认定把握不够准确；二是政务新媒体的信息更新频率不够均衡。\n（三）改进措施。一是开展培训；二是建立周计划。";

        Assert.Equal(["部分业务科室对公文公开属性的认定把握不够准确", "政务新媒体的信息更新频率不够均衡"], NarrativeDraft.ProblemsIn(lastYear));
        Assert.Equal(["政策解读形式单一"], NarrativeDraft.ProblemsIn("存在的主要问题：政策解读形式单一。"));
        Assert.Empty(NarrativeDraft.ProblemsIn("（二）存在的主要问题。【请说明2025年政府信息公开工作存在的主要问题。】"));
    }

    [Fact]
    public void The_draft_names_each_problem_with_a_prompt_for_what_was_done()
    {
        var facts = new YearFacts("某局", 2026, "", "", 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, true)
        {
            LastYearsProblems = ["政策解读形式单一", "栏目更新不及时"],
        };

        Assert.StartsWith("（一）上年度问题整改情况。2025年度报告所列问题：1.政策解读形式单一。【请说明整改情况。】2.栏目更新不及时。【请说明整改情况。】",
            NarrativeDraft.Problems(facts));
    }
}
