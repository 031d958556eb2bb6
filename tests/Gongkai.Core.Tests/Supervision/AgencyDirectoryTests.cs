using Gongkai.Supervision;

namespace Gongkai.Core.Tests.Supervision;

public sealed class AgencyDirectoryTests
{
    private static readonly AgencyDirectory County = new(
    [
        new(1, null, "某县人民政府"), new(2, 1, "某县财政局"), new(3, 1, "某县卫生健康局（试点）"), new(4, 1, "城关镇人民政府"),
        new(5, 1, "教育局"), new(6, 4, "教育局"),
    ]);

    [Fact]
    public void A_title_matches_its_agency_whatever_its_widths_and_spaces()
    {
        Assert.Equal(new AgencyDirectory.Found(3), County.Find("某县 卫生健康局(试点)"));
        Assert.Equal(new AgencyDirectory.Unknown(), County.Find("某县水利局"));
        Assert.Equal(new AgencyDirectory.Ambiguous("教育局"), County.Find("教育局"));
    }

    [Fact]
    public void A_file_name_gives_the_longest_agency_it_holds_and_its_year()
    {
        Assert.Equal(new AgencyDirectory.Found(2), County.FindInFileName("上报/2024/某县财政局2024年政府信息公开工作年度报告.docx"));
        Assert.Equal(new AgencyDirectory.Found(4), County.FindInFileName("城关镇人民政府年报.pdf"));
        Assert.Equal(new AgencyDirectory.Unknown(), County.FindInFileName("年度报告（终稿）.docx"));
        Assert.Equal(2024, AgencyDirectory.YearInFileName("上报/2023/某县财政局2024年政府信息公开工作年度报告.docx"));
        Assert.Null(AgencyDirectory.YearInFileName("某县财政局2023-2024年报告.docx"));
        Assert.Null(AgencyDirectory.YearInFileName("某县财政局年度报告.docx"));
    }
}
