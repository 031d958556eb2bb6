using Gongkai.Reports;

namespace Gongkai.Core.Tests.Reports;

/// <summary>Section 一's draft states how many of the year's documents were explained within the agency's days.</summary>
public class NarrativeDraftInterpretationTests
{
    private static YearFacts Facts(int documents, int inTime, int days, params (string, int)[] interpretations) =>
        new("某局", 2026, "", "", 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, true)
        {
            Interpretations = interpretations,
            DocumentsToExplain = documents,
            ExplainedInTime = inTime,
            InterpretationDays = days,
        };

    [Fact]
    public void Documents_explained_in_time_are_stated_after_the_interpretations()
    {
        Assert.Contains("发布政策解读3篇（文字解读2篇、视频解读1篇）。年内印发的4件规章和规范性文件中，3件在印发后3个工作日内发布解读。",
            NarrativeDraft.Overview(Facts(4, 3, 3, ("文字解读", 2), ("视频解读", 1))));
        Assert.Contains("年内印发的2件规章和规范性文件中，1件与文件同步发布解读。", NarrativeDraft.Overview(Facts(2, 1, 0, ("文字解读", 1))));
    }

    [Fact]
    public void Documents_with_no_interpretation_at_all_are_stated_and_only_a_year_without_either_asks_the_officer()
    {
        var none = NarrativeDraft.Overview(Facts(2, 0, 3));
        Assert.Contains("年内印发的2件规章和规范性文件中，0件在印发后3个工作日内发布解读。", none);
        Assert.DoesNotContain("【", none[..none.IndexOf("（二）", StringComparison.Ordinal)]);
        Assert.Contains("【请补充公开平台、重点领域信息公开和政策解读情况。】", NarrativeDraft.Overview(Facts(0, 0, 3)));
    }
}
