using Gongkai.Letters;

namespace Gongkai.Core.Tests.Letters;

public class LetterTemplateTests
{
    [Fact]
    public void Every_outcome_has_a_reply_template_and_a_legal_ground()
    {
        foreach (var outcome in Gongkai.Reports.RequestRow.Outcomes)
        {
            Assert.Contains(LetterTemplates.Defaults, t => t.Key == LetterTemplates.ReplyKey(outcome.Code));
            Assert.StartsWith("第", LetterTemplates.LegalGround(outcome.Code));
        }
    }

    [Fact]
    public void Every_shipped_template_uses_only_known_placeholders()
    {
        Assert.All(LetterTemplates.Defaults, t => Assert.Empty(t.UnknownPlaceholders()));
        Assert.Equal(["申请日"], new LetterTemplate("x", "x", "{{申请人}}于{{申请日}}").UnknownPlaceholders());
    }

    [Fact]
    public void A_reply_names_the_article_and_the_remedies()
    {
        var template = LetterTemplates.Defaults.Single(t => t.Key == "Reply:3.3");
        var text = template.Render(new Dictionary<string, string>
        {
            ["申请人"] = "张三", ["收到日期"] = "2026年11月2日", ["编号"] = "示卫公开〔2026〕1号", ["所需信息"] = "某公司检查记录",
            ["办理结果"] = LetterTemplates.OutcomeWords("3.3.4"), ["法律依据"] = LetterTemplates.LegalGround("3.3.4"),
            ["决定理由"] = "涉及商业秘密", ["复议机关"] = "示例县人民政府",
        });

        Assert.StartsWith("张三：", text);
        Assert.Contains("保护第三方合法权益", text);
        Assert.Contains("第十五条", text);
        Assert.Contains("60日内向示例县人民政府申请行政复议", text);
        Assert.Contains("6个月内依法向人民法院提起行政诉讼", text);
    }

    [Fact]
    public void The_consultation_letter_goes_to_the_third_party_not_the_applicant()
    {
        Assert.False(LetterTemplates.Defaults.Single(t => t.Key == nameof(LetterKind.ThirdPartyConsultation)).ToApplicant);
        Assert.All(LetterTemplates.Defaults.Where(t => t.Key != nameof(LetterKind.ThirdPartyConsultation)), t => Assert.True(t.ToApplicant));
    }

    [Fact]
    public void Reply_keys_group_outcomes_as_the_format_does()
    {
        Assert.Equal("Reply:3.1", LetterTemplates.KeyOf(LetterKind.Reply, "3.1"));
        Assert.Equal("Reply:3.5", LetterTemplates.KeyOf(LetterKind.Reply, "3.5.4"));
        Assert.Equal("FeeNotice", LetterTemplates.KeyOf(LetterKind.FeeNotice));
    }
}
