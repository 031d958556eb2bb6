using Gongkai.Reports;

namespace Gongkai.Core.Tests.Reports;

/// <summary>The record of a year's report keeps its own rules: who publishes, nothing negative, nothing changed while locked.</summary>
public class AnnualReportRecordTests
{
    private static readonly Actor Officer = new("李办事", Role.Officer);
    private static readonly Actor Head = new("王科长", Role.Head);

    [Fact]
    public void Only_the_head_publishes_and_unlocks_and_a_locked_report_refuses_edits()
    {
        var record = new AnnualReportRecord(1, 2025);
        Assert.Contains("负责人", Assert.Throws<DomainException>(() => record.Publish(new DateOnly(2026, 1, 20), "<p>报告</p>", Officer)).Message);
        record.Publish(new DateOnly(2026, 1, 20), "<p>报告</p>", Head);

        Assert.Contains("须由负责人解锁", Assert.Throws<DomainException>(() => record.SetProposals(1, 0, 0, 0, true)).Message);
        Assert.Contains("负责人", Assert.Throws<DomainException>(() => record.Unlock(new DateOnly(2026, 2, 1), Officer, "补登")).Message);
        record.Unlock(new DateOnly(2026, 2, 1), Head, "补登");
        Assert.Contains("不能为负数", Assert.Throws<DomainException>(() => record.SetProposals(1, 0, -3, 0, true)).Message);
        record.SetProposals(2, 1, 3, 0, true);
        Assert.Equal((2, 3), (record.NpcLead, record.CppccLead));
    }
}
