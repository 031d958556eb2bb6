using Gongkai.Requests;

namespace Gongkai.Core.Tests.Requests;

public class FeesTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(51, 400)]
    public void Per_application_fees_rise_by_band_within_the_natural_month(int nth, int yuan) =>
        Assert.Equal(yuan, Fees.PerApplication(nth));

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(150, 1700)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    public void Per_page_fees_are_progressive(int pages, int yuan) => Assert.Equal(yuan, Fees.PerPage(pages));
}
