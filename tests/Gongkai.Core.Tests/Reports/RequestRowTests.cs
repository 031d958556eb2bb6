using Gongkai.Reports;

namespace Gongkai.Core.Tests.Reports;

public class RequestRowTests
{
    [Fact]
    public void Table_three_has_the_25_rows_of_the_national_format_in_order()
    {
        Assert.Equal(25, RequestRow.All.Count);
        Assert.Equal(["1", "2", "3.1", "3.2"], RequestRow.All.Take(4).Select(r => r.Code));
        Assert.Equal(["3.6.3", "3.7", "4"], RequestRow.All.TakeLast(3).Select(r => r.Code));
        Assert.Equal(21, RequestRow.Outcomes.Count);
        Assert.Equal("（三）不予公开 1.属于国家秘密", RequestRow.ByCode("3.3.1").FullLabel);
    }
}
