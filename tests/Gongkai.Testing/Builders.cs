using Gongkai.Reports;

namespace Gongkai.Testing;

/// <summary>Reports for tests: a consistent one with numbers in many cells, to be corrupted one fact at a time.</summary>
public static class Builders
{
    public const string Agency = "示例县卫生健康局";

    /// <summary>A 2024 report that satisfies every rule: 5 received, 1 carried in, 5 decided, 1 carried over.</summary>
    public static AnnualReport ConsistentReport(int year = 2024)
    {
        var report = new AnnualReport { Agency = Agency, Year = year };
        report.Proactive.Regulations.Set([0, 0, 0]);
        report.Proactive.NormativeDocuments.Set([2, 1, 7]);
        report.Proactive.Licensing = 605;
        report.Proactive.Penalty = 93;
        report.Proactive.Enforcement = 2;
        report.Proactive.FeesWanYuan = 1.25m;

        var t = report.Requests;
        foreach (var row in RequestRow.All) t.SetRow(row, [0, 0, 0, 0, 0, 0, 0]);
        t.SetRow("1", 3, 1, 0, 0, 1, 0, 5);
        t.SetRow("2", 1, 0, 0, 0, 0, 0, 1);
        t.SetRow("3.1", 2, 0, 0, 0, 0, 0, 2);
        t.SetRow("3.2", 0, 1, 0, 0, 0, 0, 1);
        t.SetRow("3.3.4", 1, 0, 0, 0, 0, 0, 1);
        t.SetRow("3.4.1", 0, 0, 0, 0, 1, 0, 1);
        t.SetRow("3.7", 3, 1, 0, 0, 1, 0, 5);
        t.SetRow("4", 1, 0, 0, 0, 0, 0, 1);

        report.Review.Set([1, 0, 0, 0, 1]);
        report.LitigationDirect.Set([0, 0, 0, 1, 1]);
        report.LitigationAfterReview.Set([0, 0, 0, 0, 0]);

        report.Opening = $"本报告统计数据从{year}年1月1日至12月31日。";
        foreach (var section in ReportSections.All)
            report.Headings.Add(new SectionHeading((int)section, section, section.Title()));
        report.SectionText[ReportSection.Overview] =
            $"{year}年，本局坚持以公开为常态、不公开为例外，全年主动公开信息一百余条。共收到政府信息公开申请5件，均按时答复。" +
            "因政府信息公开被申请行政复议1件，提起行政诉讼1件。政府信息管理、平台建设和监督保障工作稳步推进。";
        report.SectionText[ReportSection.Problems] =
            "存在的主要问题是政策解读形式较为单一，基层公开标准化规范化水平有待提高。下一步将丰富解读形式，加强业务培训，推进基层政务公开标准目录动态更新。";
        report.SectionText[ReportSection.Other] =
            "本年度共收取信息处理费0元。办理人大代表建议3件、政协提案5件，均已按期办结并公开办理结果。";
        report.StatedFacts.Add(new StatedFact(StatedFactKind.RequestsReceived, 5, "共收到政府信息公开申请5件"));
        report.StatedFacts.Add(new StatedFact(StatedFactKind.ReviewCases, 1, "行政复议1件"));
        report.StatedFacts.Add(new StatedFact(StatedFactKind.LitigationCases, 1, "行政诉讼1件"));
        report.CitedYears.Add(new CitedYear(year, $"{year}年政府信息公开工作年度报告"));
        return report;
    }

    /// <summary>The consistent report's previous year: what it carried over and had in force fits the report above.</summary>
    public static AnnualReport PreviousReport()
    {
        var previous = ConsistentReport(2023);
        previous.Requests.SetRow("2", 0, 0, 0, 0, 0, 0, 0);
        previous.Requests.SetRow("3.7", 3, 1, 0, 0, 1, 0, 5);
        previous.Requests.SetRow("1", 4, 1, 0, 0, 1, 0, 6);
        previous.Requests.SetRow("4", 1, 0, 0, 0, 0, 0, 1);
        previous.Proactive.NormativeDocuments.Set([3, 0, 6]);
        previous.StatedFacts.Clear();
        previous.SectionText[ReportSection.Overview] = "上一年度，本局围绕中心工作推进政务公开，重点领域信息公开持续深化，公开平台建设不断加强，依申请公开办理规范有序。";
        previous.SectionText[ReportSection.Problems] = "上一年度存在的不足在于公开目录更新不够及时，部分栏目内容较少。改进措施为建立栏目巡查机制，按月更新公开目录。";
        previous.SectionText[ReportSection.Other] = "上一年度无其他需要报告的事项。";
        return previous;
    }

    /// <summary>A previous year that decided everything (one request withdrawn, 3.6.3): the consistent report's carry-in of 1 then contradicts it.</summary>
    public static AnnualReport PreviousReportWithNothingCarriedOver()
    {
        var previous = PreviousReport();
        previous.Requests.SetRow("4", 0, 0, 0, 0, 0, 0, 0);
        previous.Requests.SetRow("3.6.3", 1, 0, 0, 0, 0, 0, 1);
        previous.Requests.SetRow("3.7", 4, 1, 0, 0, 1, 0, 6);
        return previous;
    }
}
