using Gongkai.Agencies;
using Gongkai.Supervision;

namespace Gongkai.Core.Tests.Supervision;

public sealed class AgencyProposalsTests
{
    // 市 1 → 县 2 → 镇 3; 市 1 → 市财政局 4
    private static readonly AgencyNode[] City =
    [
        new(1, null, "甲市人民政府", AgencyLevel.City), new(2, 1, "甲市乙县人民政府", AgencyLevel.County),
        new(3, 2, "甲市乙县城关镇人民政府", AgencyLevel.Township), new(4, 1, "甲市财政局"),
    ];

    [Theory]
    [InlineData("甲市乙县财政局", 2, AgencyLevel.Department)]
    [InlineData("甲市乙县城关镇卫生院", 3, AgencyLevel.Department)]
    [InlineData("甲市乙县南关镇人民政府", 2, AgencyLevel.Township)]
    [InlineData("甲市乙县市场监督管理局", 2, AgencyLevel.Department)]
    [InlineData("甲市丙区人民政府", 1, AgencyLevel.County)]
    [InlineData("甲市教育局", 1, AgencyLevel.Department)]
    [InlineData("某省某某厅", 1, AgencyLevel.Department)]
    public void An_agency_is_proposed_below_the_government_of_its_place_at_the_level_its_name_says(string name, int parent, AgencyLevel level)
    {
        var proposal = AgencyProposals.Propose(name, City, rootId: 1);

        Assert.Equal(parent, proposal.ParentId);
        Assert.Equal(level, proposal.Level);
    }
}
