using Gongkai.Access;
using Gongkai.Supervision;

namespace Gongkai.Core.Tests.Supervision;

public sealed class UrgingTests
{
    private static readonly Actor Office = new("县政务公开办", Role.Supervisor);
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_notice_states_the_counts_it_was_sent_for_and_nothing_due_is_not_urged()
    {
        var urging = new Urging(1, 2, new RequestLoad(DueSoon: 3, Overdue: 2, AnsweredLate: 4), "请报告办理情况。", Office, At);

        Assert.StartsWith("截至2026年11月25日，你单位有2件政府信息公开申请已超过法定答复期限未答复，3件将在5个工作日内到期；本年已有4件逾期答复。", urging.Text);
        Assert.EndsWith("请报告办理情况。", urging.Text);
        Assert.Contains("无需督办", Assert.Throws<DomainException>(() => new Urging(1, 2, new RequestLoad(0, 0, 5), null, Office, At)).Message);
        Assert.Contains("政务公开办", Assert.Throws<DomainException>(() => new Urging(1, 2, new RequestLoad(1, 0, 0), null, new Actor("officer", Role.Officer), At)).Message);
    }
}
