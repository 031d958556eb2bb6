using Gongkai.Calendar;

namespace Gongkai.Supervision;

/// <summary>
/// The 整改通知 a supervising office sends with a returned report: which report, each confirmed problem where it stands,
/// the deadline, and what the agency is to do. Sent as a letter (GB/T 9704) to agencies that do not work in Gongkai.
/// </summary>
public static class CorrectionNotice
{
    public static string Title(string agency, int year) => $"关于{agency}{year}年政府信息公开工作年度报告的整改通知";

    /// <summary>The notice's number: unique per review and round, so two notices never share one.</summary>
    public static string Number(ReportReview review, CorrectionRound round) => $"整改〔{round.ReturnedOn.Year}〕{review.Id}-{round.Number}号";

    /// <summary>The body: the addressee on the first line, then one paragraph each.</summary>
    public static string Body(string agency, int year, CorrectionRound round, string office)
    {
        var lines = new List<string>
        {
            $"{agency}：",
            $"经审核，你单位发布的《{agency}{year}年政府信息公开工作年度报告》存在以下问题：",
        };
        lines.AddRange(round.FindingLines.Select((f, i) => $"{i + 1}．{f}"));
        lines.Add($"请对照《中华人民共和国政府信息公开条例》第五十条和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）逐项核实修正，" +
                  $"于{ChinaTime.Written(round.Deadline)}前重新发布更正后的年度报告，并报送{office}。逾期未整改的，按政务公开工作考核办法处理。");
        return string.Join('\n', lines);
    }
}
