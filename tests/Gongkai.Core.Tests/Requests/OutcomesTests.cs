using Gongkai.Calendar;
using Gongkai.Reports;
using Gongkai.Requests;
using static Gongkai.Core.Tests.Requests.RequestBuilder;

namespace Gongkai.Core.Tests.Requests;

/// <summary>The one table of outcomes: each row of table 三 has its replies, in the Regulation's words, with what the officer must add.</summary>
public class OutcomesTests
{
    private static Dictionary<string, string> Filled(Outcome outcome) => outcome.Fields.ToDictionary(f => f.Key,
        f => f.Key == Outcomes.Withheld ? "其中的患者姓名，属于个人隐私，依据条例第十五条不予公开" : $"（{f.Label}）");

    private static string Paragraph(string key, Dictionary<string, string>? fields = null)
    {
        var request = Received();
        request.Decide(D("2024-03-10"), Officer, key, fields ?? Filled(Outcomes.ByKey(key)), At);
        return request.Outcome!.Paragraph(request);
    }

    [Fact]
    public void Every_outcome_row_of_table_three_has_a_reply_and_every_reply_counts_in_one()
    {
        Assert.All(RequestRow.Outcomes, row => Assert.Contains(Outcomes.All, o => o.RowCode == row.Code));
        Assert.All(Outcomes.All, o => Assert.Contains(RequestRow.Outcomes, row => row.Code == o.RowCode));
        Assert.Equal(Outcomes.All.Count, Outcomes.All.Select(o => o.Key).Distinct().Count());
    }

    [Fact]
    public void Every_decidable_reply_fills_all_its_placeholders()
    {
        foreach (var outcome in Outcomes.Decidable.Where(o => o.RowCode != "3.5.4"))
            Assert.DoesNotContain("{{", Paragraph(outcome.Key));
    }

    [Theory]
    [InlineData("3.3.2", "保护第三方合法权益")]
    [InlineData("3.3.4", "保护第三方合法权益")]
    [InlineData("3.3.2", "其他法律行政法规禁止公开")]
    [InlineData("3.3.5", "属于三类内部事务信息")]
    [InlineData("3.3.6", "属于四类过程性信息")]
    public void Grounds_are_worded_as_the_law_not_as_the_table(string key, string tableLabel) =>
        Assert.DoesNotContain(tableLabel, Paragraph(key));

    [Theory]
    [InlineData("3.3.1", "依法确定为国家秘密", "第十四条")]
    [InlineData("3.3.4", "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害", "第十五条")]
    [InlineData("3.3.5", "人事管理、后勤管理、内部工作流程", "第十六条第一款")]
    [InlineData("3.3.6", "讨论记录、过程稿、磋商信函、请示报告", "第十六条第二款")]
    public void A_refusal_cites_its_article_with_the_officers_reason_ending_its_sentence(string key, string words, string article)
    {
        var text = Paragraph(key, new() { [Outcomes.Reason] = "该报告载有企业的工艺参数。" });

        Assert.Contains(words, text);
        Assert.Contains(article, text);
        Assert.EndsWith("理由是：该报告载有企业的工艺参数。", text);
    }

    [Fact]
    public void Information_that_does_not_exist_and_information_of_another_agency_are_two_replies()
    {
        var absent = Paragraph("3.4.1", new() { [Outcomes.Reason] = "检索了本机关2020年以来的收文和发文登记" });
        Assert.Contains("第三十六条第（四）项", absent);
        Assert.Contains("该政府信息不存在", absent);
        Assert.DoesNotContain("第（五）项", absent);

        var elsewhere = Paragraph("3.4.1.elsewhere", new()
        {
            [Outcomes.Reason] = "该信息由医保部门制作",
            [Outcomes.ResponsibleAgency] = "示例县医疗保障局",
            [Outcomes.ResponsibleContact] = "0000-1234000",
        });
        Assert.Contains("第三十六条第（五）项", elsewhere);
        Assert.Contains("由示例县医疗保障局负责公开，联系方式：0000-1234000。", elsewhere);
        Assert.DoesNotContain("第（四）项", elsewhere);

        var e = Assert.Throws<DomainException>(() => Received().Decide(D("2024-03-10"), Officer, "3.4.1.elsewhere", "该信息由医保部门制作", At));
        Assert.Contains("负责公开该信息的机关名称", e.Message);
    }

    [Fact]
    public void Information_already_published_is_told_where_not_provided_again()
    {
        var text = Paragraph("3.1.published", new() { [Outcomes.PublishedAt] = "县政府网站“法定主动公开内容”栏目" });

        Assert.Contains("第三十六条第（一）项", text);
        Assert.Contains("获取该政府信息的方式和途径：县政府网站“法定主动公开内容”栏目。", text);
        Assert.DoesNotContain("见附件", text);
        Assert.Equal("3.1", Outcomes.ByKey("3.1.published").RowCode);
        Assert.Contains("第三十六条第（二）项", Paragraph("3.1", []));
    }

    [Fact]
    public void Outcomes_no_article_provides_need_the_officers_ground_and_basis()
    {
        foreach (var key in new[] { "3.5.5", "3.6.3" })
        {
            var e = Assert.Throws<DomainException>(() => Received().Decide(D("2024-03-10"), Officer, key, "申请人已撤回申请", At));
            Assert.Contains("法律依据", e.Message);
            var text = Paragraph(key, new() { [Outcomes.Reason] = "申请人于3月8日书面撤回申请", [Outcomes.LegalBasis] = "《某省政府信息公开办法》第二十条" });
            Assert.Contains("根据《某省政府信息公开办法》第二十条的规定", text);
            Assert.DoesNotContain("第三十六条的规定", text);
        }
    }

    [Fact]
    public void An_unpaid_fee_rests_on_the_fee_measures_and_a_query_matter_points_to_its_procedure()
    {
        Assert.Contains("国办函〔2020〕109号", Outcomes.ByKey("3.6.2").Decision);
        Assert.Contains("第七条", Outcomes.ByKey("3.6.2").Basis);

        var query = Paragraph("3.3.8", new() { [Outcomes.QueryProcedure] = "依照《不动产登记暂行条例》向县不动产登记中心申请查询" });
        Assert.Contains("第三十六条第（七）项", query);
        Assert.Contains("请您依照有关法律、行政法规的规定办理：依照《不动产登记暂行条例》向县不动产登记中心申请查询。", query);
        Assert.DoesNotContain("不予公开", query);
    }

    [Fact]
    public void A_partial_disclosure_names_each_withheld_part_and_its_ground()
    {
        var text = Paragraph("3.2", new()
        {
            [Outcomes.Withheld] = "处罚决定书中当事人的身份证号码，属于个人隐私，依据条例第十五条不予公开\n案件讨论记录，属于过程性信息，依据条例第十六条第二款不予公开",
        });
        Assert.Contains("第三十七条", text);
        Assert.Contains("1.处罚决定书中当事人的身份证号码，属于个人隐私，依据条例第十五条不予公开；2.案件讨论记录", text);

        var e = Assert.Throws<DomainException>(() => Received().Decide(D("2024-03-10"), Officer, "3.2",
            new Dictionary<string, string> { [Outcomes.Withheld] = "部分内容不宜公开" }, At));
        Assert.Contains("没有写明所依据的条款", e.Message);
    }

    [Fact]
    public void An_optional_remark_closes_its_own_sentence()
    {
        Assert.EndsWith("（见附件）。本信息共3页", Paragraph("3.1", new() { [Outcomes.Reason] = "本信息共3页" })[..^1]);
        Assert.EndsWith("（见附件）。", Paragraph("3.1", []));
    }
}
