using Gongkai.Access;
using Gongkai.Audit;
using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Core.Tests.Supervision;

public sealed class ReportReviewTests
{
    private static readonly Actor Office = new("市政务公开办 王审", Role.Supervisor);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly IReadOnlyList<Finding> Findings =
    [
        new(RuleIds.RowTotal, Severity.Error, new(Location.Table3, RequestRow.OutcomeTotal, "naturalPerson"), "9", "10", "总计为10，但各项之和为9。"),
        new(RuleIds.Narrative, Severity.Error, new(Location.Table3, RequestRow.Received, "total"), "17", "95", "正文称收到17件申请，表三为95件。"),
        new(RuleIds.VagueProblems, Severity.Warning, new(Location.Narrative, "五"), null, null, "第五部分不具体。"),
    ];

    private static string Key(int i) => FindingKeys.Of(Findings)[i];

    [Fact]
    public void A_report_is_accepted_only_when_every_error_is_decided_and_none_confirmed()
    {
        var review = new ReportReview(7, 2025);
        review.Decide(11, Findings, Key(0), FindingDecision.Dismissed, "扫描件读错，原件为9", Office, Now);

        var undecided = Assert.Throws<DomainException>(() => review.Accept(11, Findings, Office, Now));
        Assert.Contains("尚有1项错误未确认或排除", undecided.Message);

        review.Decide(11, Findings, Key(1), FindingDecision.Confirmed, null, Office, Now);
        Assert.Contains("有1项问题已确认", Assert.Throws<DomainException>(() => review.Accept(11, Findings, Office, Now)).Message);

        review.Decide(11, Findings, Key(1), FindingDecision.Dismissed, "正文所述为本年办结数", Office, Now);
        review.Accept(11, Findings, Office, Now);
        Assert.Equal(ReviewStatus.Accepted, review.Status(11, Today));
        // A newer edition is a new report to review.
        Assert.Equal(ReviewStatus.Pending, review.Status(12, Today));
    }

    [Fact]
    public void A_dismissal_says_why_and_only_the_office_decides()
    {
        var review = new ReportReview(7, 2025);

        Assert.Contains("写明理由", Assert.Throws<DomainException>(() => review.Decide(11, Findings, Key(0), FindingDecision.Dismissed, " ", Office, Now)).Message);
        Assert.Contains("政务公开办", Assert.Throws<DomainException>(() =>
            review.Decide(11, Findings, Key(0), FindingDecision.Confirmed, null, new Actor("负责人", Role.Head), Now)).Message);
        Assert.Contains("不在此版本", Assert.Throws<DomainException>(() =>
            review.Decide(11, Findings, "row-total|三|9|x", FindingDecision.Confirmed, null, Office, Now)).Message);
    }

    [Fact]
    public void A_returned_report_is_due_by_its_deadline_then_overdue_and_corrected_by_a_newer_edition()
    {
        var review = new ReportReview(7, 2025);
        Assert.Contains("至少确认一项", Assert.Throws<DomainException>(() => review.Return(11, Findings, Today.AddDays(15), Today, Office)).Message);
        review.Decide(11, Findings, Key(1), FindingDecision.Confirmed, "请核实", Office, Now);
        review.AddProblem(11, "第六部分未说明人大代表建议和政协提案办理情况", Office, Now);
        Assert.Contains("须晚于今天", Assert.Throws<DomainException>(() => review.Return(11, Findings, Today, Today, Office)).Message);

        var round = review.Return(11, Findings, Today.AddDays(15), Today, Office);

        Assert.Equal(
        [
            "表三“一、本年新收政府信息公开申请数量”行“总计”列：正文称收到17件申请，表三为95件。（请核实）",
            "审核意见：第六部分未说明人大代表建议和政协提案办理情况",
        ], round.FindingLines);
        Assert.Equal(ReviewStatus.Returned, review.Status(11, Today));
        review.Begin(Today.AddDays(2));
        Assert.Equal(ReviewStatus.InCorrection, review.Status(11, Today.AddDays(2)));
        Assert.Equal(ReviewStatus.Overdue, review.Status(11, Today.AddDays(16)));
        Assert.Equal("逾期未整改", review.OpenRound!.State(Today.AddDays(16)));
        Assert.Contains("已退回整改", Assert.Throws<DomainException>(() => review.Return(11, Findings, Today.AddDays(20), Today, Office)).Message);

        review.ReceiveCorrection(12, Today.AddDays(17));

        Assert.Null(review.OpenRound);
        Assert.Equal(ReviewStatus.Corrected, review.Status(12, Today.AddDays(17)));
        Assert.Equal("逾期整改", review.Rounds[0].State(Today.AddDays(17)));
        Assert.False(review.Rounds[0].CorrectedOnTime);
    }

    [Fact]
    public void The_notice_names_the_report_each_problem_and_the_deadline()
    {
        var review = new ReportReview(7, 2025);
        review.Decide(11, Findings, Key(0), FindingDecision.Confirmed, null, Office, Now);
        var round = review.Return(11, Findings, new DateOnly(2026, 3, 20), Today, Office);

        var body = CorrectionNotice.Body("示例县卫生健康局", 2025, round, "示例县人民政府办公室");

        Assert.StartsWith("示例县卫生健康局：\n", body);
        Assert.Contains("《示例县卫生健康局2025年政府信息公开工作年度报告》", body);
        Assert.Contains("1．表三“（七）总计”行“自然人”列：总计为10，但各项之和为9。", body);
        Assert.Contains("于2026年3月20日前重新发布", body);
    }

    [Theory]
    [InlineData("三", "3.7", "naturalPerson", "表三“（七）总计”行“自然人”列")]
    [InlineData("三", "3.3.1", "total", "表三“（三）不予公开 1.属于国家秘密”行“总计”列")]
    [InlineData("二", "regulations", "inForce", "表二“规章”行“现行有效件数”列")]
    [InlineData("四", "review", "corrected", "表四“行政复议”行“结果纠正”列")]
    [InlineData("narrative", "五", null, "正文第五部分")]
    public void A_location_is_described_in_the_words_of_the_format(string table, string row, string? column, string expected) =>
        Assert.Equal(expected, new Location(table, row, column).Describe());
}
