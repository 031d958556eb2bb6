using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Core.Tests.Supervision;

public sealed class HierarchyCheckTests
{
    private static HierarchyFact Fact(List<HierarchyFact> facts, string table, string row, string column) =>
        facts.Single(f => f.Location == new Location(table, row, column));

    [Fact]
    public void A_county_report_equal_to_its_departments_sum_agrees_figure_by_figure_and_one_changed_figure_differs()
    {
        var departments = new[] { Builders.ConsistentReport(), Builders.ConsistentReport() };
        var county = ReportSum.Sum(departments, "某县人民政府", 2024);

        Assert.All(HierarchyCheck.Check(county, departments, missing: 0), f => Assert.Equal(HierarchyState.Equal, f.State));

        county.Requests[RequestRow.ByCode(RequestRow.Received), ApplicantColumn.Total] += 3;
        var facts = HierarchyCheck.Check(county, departments, missing: 0);
        var received = Fact(facts, Location.Table3, RequestRow.Received, "total");
        Assert.Equal(HierarchyState.Differs, received.State);
        Assert.Equal(received.Below + 3, received.Own);
        Assert.Single(facts, f => f.State == HierarchyState.Differs);
        Assert.Equal(ReportCells.Main.Count, facts.Count);
    }

    [Fact]
    public void A_missing_department_leaves_figures_unchecked_unless_the_others_already_exceed_them()
    {
        var departments = new[] { Builders.ConsistentReport(), Builders.ConsistentReport() };
        var county = ReportSum.Sum(departments, "某县人民政府", 2024);
        county.Proactive.Licensing = 1;

        var facts = HierarchyCheck.Check(county, [departments[0]], missing: 1);

        Assert.Equal(HierarchyState.Differs, Fact(facts, Location.Table2, ProactiveCodes.Licensing, ProactiveCodes.Decisions).State);
        Assert.Equal(HierarchyState.CannotCheck, Fact(facts, Location.Table3, RequestRow.Received, "total").State);
    }
}
