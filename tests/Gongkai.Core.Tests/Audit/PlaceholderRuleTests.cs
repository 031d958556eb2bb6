using Gongkai.Audit;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Audit;

/// <summary>Template residue a published report must not carry, and the look-alikes that are not residue.</summary>
public class PlaceholderRuleTests
{
    [Theory]
    [InlineData("（三）政府信息管理。【请补充公文公开属性审查情况。】", "【请补充公文公开属性审查情况。】")]
    [InlineData("本报告由XX局编制。", "XX")]
    [InlineData("联系人：×××，电话：0951-1234567。", "×××")]
    [InlineData("全年发布信息（此处填写数量）条。", "（此处填写数量）")]
    [InlineData("20XX年，我局持续推进政务公开。", "20XX")]
    [InlineData("现将ＸＸ县卫生健康局年度报告公布如下。", "ＸＸ")]
    public void Residue_of_a_template_is_an_error_naming_the_words_and_the_part(string narrative, string residue)
    {
        var report = Builders.ConsistentReport();
        report.SectionText[ReportSection.Overview] = narrative;

        var finding = Assert.Single(Auditor.Audit(report));

        Assert.Equal((RuleIds.Placeholder, Severity.Error, residue), (finding.Rule, finding.Severity, finding.Found));
        Assert.Equal(new Location(Location.Narrative, "一"), finding.Location);
        Assert.StartsWith($"第一部分有未替换的模板内容“{residue}”", finding.Message);
    }

    [Theory]
    [InlineData("通过XXL-JOB平台和Xbox、MAXX系统推送信息。")]
    [InlineData("在【政务公开】专栏发布信息91条。")]
    [InlineData("得分为×2倍权重。")]
    public void Latin_words_and_ordinary_brackets_are_not_residue(string narrative)
    {
        var report = Builders.ConsistentReport();
        report.SectionText[ReportSection.Overview] = narrative;

        Assert.Empty(Auditor.Audit(report));
    }

    [Fact]
    public void The_agency_name_of_the_title_is_checked_too()
    {
        var report = Builders.ConsistentReport();
        report.Agency = "XX县卫生健康局";

        var finding = Assert.Single(Auditor.Audit(report));
        Assert.Equal(new Location(Location.Title), finding.Location);
    }
}
