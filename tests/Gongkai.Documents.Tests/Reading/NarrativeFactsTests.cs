using System.Text;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// The ways real narratives state their counts, each in a copy that agrees with the tables and one that contradicts
/// them: the agreeing copy has no `narrative` finding, the contradicting one exactly the finding naming the words.
/// </summary>
public class NarrativeFactsTests
{
    /// <summary>A phrasing with {n} for the count, and which table value it states.</summary>
    public static IEnumerable<object[]> Phrasings =>
    [
        ["全年共收到政府信息公开申请{n}件", "1"],
        ["本年度受理公民、法人和其他组织提出的政府信息公开申请{n}件", "1"],
        ["共接收依申请公开{n}件", "1"],
        ["收到{n}件政府信息公开申请", "1"],
        ["依申请公开政府信息{n}件", "1"],
        ["公开政府信息申请共{n}份", "1"],
        ["共收到政府信息公开申请{cn}件", "1"],
        ["全年办结政府信息公开申请{n}件", "3.7"],
        ["上年结转政府信息公开申请{n}件", "2"],
        ["结转下年度继续办理{n}件", "4"],
        ["因政府信息公开被申请行政复议{n}件", "review"],
        ["被提起行政诉讼{n}起", "litigation"],
    ];

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void A_count_stated_in_words_is_checked_against_its_table_value(string phrasing, string states)
    {
        var report = Builders.ConsistentReport();
        var value = (int)(states switch
        {
            "review" => report.Review.Total,
            "litigation" => report.LitigationDirect.Total + report.LitigationAfterReview.Total,
            _ => report.Requests[states, ApplicantColumn.Total],
        })!.Value;

        Assert.DoesNotContain(Audit(report, Say(phrasing, value)), f => f.Rule == RuleIds.Narrative);
        var finding = Assert.Single(Audit(report, Say(phrasing, value + 7)), f => f.Rule == RuleIds.Narrative);
        Assert.Equal((value + 7).ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Found);
        Assert.Contains(Say(phrasing, value + 7).TrimEnd('。')[^4..], finding.Message);
    }

    [Fact]
    public void Counts_given_by_channel_are_added_up()
    {
        var report = Builders.ConsistentReport(); // 5 received
        Assert.DoesNotContain(Audit(report, "年内通过当面提交2件、网上提交3件的方式提出申请。"), f => f.Rule == RuleIds.Narrative);
        Assert.Equal("9", Assert.Single(Audit(report, "年内通过当面提交4件、网上提交5件的方式提出申请。"), f => f.Rule == RuleIds.Narrative).Found);
    }

    [Fact]
    public void A_long_negation_and_one_negation_covering_review_and_litigation_state_zero()
    {
        var report = Builders.ConsistentReport();
        var none = "本年度未收到任何公民、法人或其他组织通过当面、网络、信函等渠道提出的政府信息公开申请。未发生行政复议、被提起诉讼的情况。";

        var contradicted = Audit(report, none).Where(f => f.Rule == RuleIds.Narrative).ToList();
        Assert.Equal(3, contradicted.Count);
        Assert.All(contradicted, f => Assert.Equal("0", f.Found));

        report.Requests.SetRow("1", 0, 0, 0, 0, 0, 0, 0);
        report.Review.Set([0, 0, 0, 0, 0]);
        report.LitigationDirect.Set([0, 0, 0, 0, 0]);
        Assert.DoesNotContain(Audit(report, none), f => f.Rule == RuleIds.Narrative && f.Found == "0");
    }

    [Fact]
    public void A_fact_stated_twice_with_different_numbers_is_reported_for_each_wrong_one()
    {
        var report = Builders.ConsistentReport();
        var findings = Audit(report, "全年共收到政府信息公开申请17件。年内收到95件政府信息公开申请。").Where(f => f.Rule == RuleIds.Narrative).ToList();
        Assert.Equal(["17", "95"], findings.Select(f => f.Found!).Order());
    }

    [Theory]
    [InlineData("本年度行政事业性收费1.25万元。", "本年度行政事业性收费3.5万元。", "3.5")]
    [InlineData("行政事业性收费金额共计12500元。", "行政事业性收费金额共计500元。", "0.05")]
    public void The_administrative_fees_stated_in_words_are_checked_against_table_2(string agreeing, string contradicting, string found)
    {
        var report = Builders.ConsistentReport(); // table 二: 1.25 万元

        Assert.DoesNotContain(Audit(report, agreeing), f => f.Rule == RuleIds.Narrative);
        var finding = Assert.Single(Audit(report, contradicting), f => f.Rule == RuleIds.Narrative);
        Assert.Equal((new Location(Location.Table2, "feesWanYuan", "amount"), "1.25", found), (finding.Location, finding.Expected, finding.Found));
    }

    [Fact]
    public void Saying_no_administrative_fee_was_collected_contradicts_a_non_zero_fee_and_the_processing_fee_is_another_fee()
    {
        var report = Builders.ConsistentReport(); // table 二: 1.25 万元

        var finding = Assert.Single(Audit(report, "本年度未收取行政事业性收费。"), f => f.Rule == RuleIds.Narrative);
        Assert.Equal("0", finding.Found);
        Assert.DoesNotContain(Audit(report, "本年度未收取信息处理费，依申请公开政府信息未收取任何费用。"), f => f.Rule == RuleIds.Narrative);

        report.Proactive.FeesWanYuan = 0;
        Assert.DoesNotContain(Audit(report, "本年度未收取行政事业性收费。"), f => f.Rule == RuleIds.Narrative);
    }

    private static string Say(string phrasing, int n) => phrasing.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("{cn}", Chinese(n)) + "。";

    /// <summary>The report written as a page with its overview saying this, read back and audited.</summary>
    private static IReadOnlyList<Finding> Audit(AnnualReport report, string sentence)
    {
        report.StatedFacts.Clear();
        report.SectionText[ReportSection.Overview] = $"{report.Year}年，本局坚持以公开为常态、不公开为例外。{sentence}政府信息管理工作稳步推进。";
        return Auditor.Audit(ReportReader.Read(Encoding.UTF8.GetBytes(ReportHtml.Write(report))));
    }

    private static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            < 20 => "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }
}
