using Gongkai.Register;

namespace Gongkai.Core.Tests.Register;

/// <summary>A document drafted with its 公开属性 passes 初审, 业务审核, 保密审查 and 审签, each by a person with that duty, before publication.</summary>
public class DisclosureReviewTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly ReviewStage[] All = [ReviewStage.Initial, ReviewStage.Business, ReviewStage.Secrecy, ReviewStage.SignOff];

    private static Disclosure Drafted(DisclosureAttribute attribute = DisclosureAttribute.Proactive, string? ground = null) =>
        Disclosure.Draft(1, "关于2026年度医疗机构校验结果的公告", "", "行政许可", "政府网站", "经校验，以下医疗机构合格。", "", attribute, ground, "李办事", At);

    [Fact]
    public void Four_stages_by_four_people_publish_it_and_its_page_shows_who_approved()
    {
        var item = Drafted();
        item.Submit(All, "李办事", At);
        item.Review("李办事", [ReviewStage.Initial], true, null, At);
        item.Review("周业务", [ReviewStage.Business], true, "内容准确", At);
        item.Review("吴保密", [ReviewStage.Secrecy], true, null, At);
        Assert.False(item.IsPublic);
        item.Review("王科长", [ReviewStage.SignOff], true, null, At);

        Assert.True(item.IsPublic);
        Assert.Equal("初审：李办事；业务审核：周业务；保密审查：吴保密；审签：王科长", item.Signature);
    }

    [Fact]
    public void A_return_at_the_secrecy_review_needs_its_reason_and_starts_the_stages_again()
    {
        var item = Drafted();
        item.Submit(All, "李办事", At);
        item.Review("李办事", [ReviewStage.Initial], true, null, At);
        item.Review("周业务", [ReviewStage.Business], true, null, At);
        Assert.Contains("退回须写明理由", Assert.Throws<DomainException>(() => item.Review("吴保密", [ReviewStage.Secrecy], false, " ", At)).Message);
        item.Review("吴保密", [ReviewStage.Secrecy], false, "附件中含有个人身份证号码，须删除后再送审", At);

        Assert.Equal((DisclosureState.Draft, null), (item.State, item.CurrentStage));
        Assert.Contains(item.History, e => e.Action == "保密审查退回" && e.Opinion!.Contains("身份证号码", StringComparison.Ordinal));
        item.Submit(All, "李办事", At);
        item.Review("李办事", [ReviewStage.Initial], true, null, At); // a new round: the drafter's 初审 again
        Assert.Equal(ReviewStage.Business, item.CurrentStage);
    }

    [Fact]
    public void A_stage_is_decided_only_by_its_duty_and_one_person_decides_one_stage()
    {
        var item = Drafted();
        item.Submit(All, "李办事", At);
        Assert.Contains("没有“初审”的职责", Assert.Throws<DomainException>(() => item.Review("吴保密", [ReviewStage.Secrecy], true, null, At)).Message);
        item.Review("王科长", [ReviewStage.Initial, ReviewStage.SignOff], true, null, At);
        item.Review("周业务", [ReviewStage.Business], true, null, At);
        item.Review("吴保密", [ReviewStage.Secrecy], true, null, At);
        Assert.Contains("同一人不能审核同一信息的两个环节", Assert.Throws<DomainException>(() => item.Review("王科长", [ReviewStage.Initial, ReviewStage.SignOff], true, null, At)).Message);
    }

    [Fact]
    public void A_document_not_to_be_disclosed_names_its_ground_and_is_filed_not_published()
    {
        Assert.Contains("须写明法律依据", Assert.Throws<DomainException>(() => Drafted(DisclosureAttribute.NotDisclosed)).Message);
        var item = Drafted(DisclosureAttribute.NotDisclosed, "条例第十六条第一款（内部事务信息）");
        item.Submit([ReviewStage.SignOff], "李办事", At);
        item.Review("王科长", [ReviewStage.SignOff], true, null, At);

        Assert.Equal(DisclosureState.Filed, item.State);
        Assert.False(item.IsPublic);
    }

    [Fact]
    public void A_published_item_is_withdrawn_or_corrected_with_its_reason_kept()
    {
        var item = new Disclosure(1, "某公告", "", "政策文件", "政府网站", new DateOnly(2026, 11, 1), "正文");
        Assert.Contains("须写明更正的理由", Assert.Throws<DomainException>(() =>
            item.Correct("某公告（更正）", "", "政策文件", "政府网站", new DateOnly(2026, 11, 1), "正文", "", "", "李办事", At)).Message);
        item.Correct("某公告（更正）", "", "政策文件", "政府网站", new DateOnly(2026, 11, 1), "更正后的正文", "", "原文日期有误", "李办事", At);
        Assert.Contains("请写明撤回的理由", Assert.Throws<DomainException>(() => item.Withdraw("", "王科长", At)).Message);
        item.Withdraw("该政策已废止", "王科长", At);

        Assert.Equal(DisclosureState.Withdrawn, item.State);
        Assert.Equal(["更正", "撤回"], item.History.Select(e => e.Action));
    }
}
