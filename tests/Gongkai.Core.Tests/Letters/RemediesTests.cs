using Gongkai.Letters;
using Gongkai.Requests;

namespace Gongkai.Core.Tests.Letters;

public class RemediesTests
{
    [Fact]
    public void A_refusal_to_disclose_goes_to_review_first_and_says_so()
    {
        var text = Remedies.Text(Remedy.ReviewFirst, "示例县人民政府");

        Assert.Contains("行政复议法》第二十三条", text);
        Assert.Contains("应当先申请行政复议", text);
        Assert.Contains("60日内先向示例县人民政府申请行政复议", text);
        Assert.Contains("收到行政复议决定书之日起15日内", text);
        Assert.DoesNotContain("6个月", text);
    }

    [Fact]
    public void Other_replies_may_go_to_review_or_to_court()
    {
        var text = Remedies.Text(Remedy.ReviewOrSuit, "示例县人民政府");

        Assert.Contains("60日内向示例县人民政府申请行政复议，或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼", text);
        Assert.DoesNotContain("先申请", text);
    }

    [Fact]
    public void A_partial_disclosure_separates_the_withheld_part_from_the_rest()
    {
        var text = Remedies.Text(Remedy.ReviewFirstForWithheldPart, "示例县人民政府");

        Assert.Contains("不予公开的部分不服的，应当先申请行政复议", text);
        Assert.Contains("其他内容不服", text);
        Assert.Contains("6个月内", text);
    }

    [Theory]
    [InlineData("3.3.1")]
    [InlineData("3.3.4")]
    [InlineData("3.3.7")]
    public void Every_refusal_row_but_the_query_procedure_is_review_first(string key) =>
        Assert.Equal(Remedy.ReviewFirst, Outcomes.ByKey(key).Remedy);

    [Fact]
    public void The_query_procedure_and_other_replies_are_not_refusals()
    {
        Assert.Equal(Remedy.ReviewOrSuit, Outcomes.ByKey("3.3.8").Remedy);
        Assert.Equal(Remedy.ReviewFirstForWithheldPart, Outcomes.ByKey("3.2").Remedy);
        Assert.All(Outcomes.All.Where(o => !o.RowCode.StartsWith("3.3", StringComparison.Ordinal) && o.RowCode != "3.2"),
            o => Assert.Equal(Remedy.ReviewOrSuit, o.Remedy));
    }
}
