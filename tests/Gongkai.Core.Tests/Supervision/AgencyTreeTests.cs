using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Core.Tests.Supervision;

public sealed class AgencyTreeTests
{
    // 省 1 → 市 2, 3; 市 2 → 县 4 → 部门 5, 6; 市 3 → 部门 7
    private static readonly AgencyTree Province = new(
    [
        new(1, null, "某省"), new(2, 1, "甲市"), new(3, 1, "乙市"), new(4, 2, "甲市丙县"),
        new(5, 4, "丙县卫生健康局"), new(6, 4, "丙县教育局"), new(7, 3, "乙市财政局"),
    ]);

    [Fact]
    public void A_city_office_sees_its_county_and_departments_but_not_the_other_city()
    {
        var seen = Province.Subtree(2).Select(a => a.Id).ToList();

        Assert.Equal([2, 4, 5, 6], seen);
        Assert.True(Province.Contains(2, 5));
        Assert.False(Province.Contains(2, 7));
        Assert.False(Province.Contains(4, 2));
        Assert.Equal(2, Province.Depth(2, 5));
    }

    [Fact]
    public void The_province_sees_every_agency_parents_before_children()
    {
        var seen = Province.Subtree(1);

        Assert.Equal(7, seen.Count);
        foreach (var agency in seen.Where(a => a.ParentId is not null))
            Assert.True(seen.ToList().FindIndex(a => a.Id == agency.ParentId) < seen.ToList().IndexOf(agency));
    }

    [Fact]
    public void A_cycle_made_by_hand_in_the_database_does_not_hang_the_dashboard()
    {
        var tree = new AgencyTree([new(1, 2, "甲"), new(2, 1, "乙")]);

        Assert.Equal(2, tree.Subtree(1).Count);
        Assert.False(tree.Contains(3, 1));
    }

    [Fact]
    public void Sums_of_consistent_reports_satisfy_the_table_rules_and_a_broken_one_is_seen_in_the_sum()
    {
        var consistent = ReportSum.Sum([Builders.ConsistentReport(), Builders.ConsistentReport()], "某市", 2024);
        Assert.Empty(ReportSum.Audit(consistent));
        Assert.Equal(10, consistent.Requests[RequestRow.Received, ApplicantColumn.Total]);

        var broken = Builders.ConsistentReport();
        broken.Requests[RequestRow.Received, ApplicantColumn.Total] = 6;
        var findings = ReportSum.Audit(ReportSum.Sum([Builders.ConsistentReport(), broken], "某市", 2024));

        Assert.Contains(findings, f => f.Rule == "row-total" && f.Location.Row == RequestRow.Received && f.Found == "11");
    }
}
