using System.Text;
using Gongkai.Audit;
using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Reports as crawlers and converters store them read the same as the published file: every cell, every finding.</summary>
public class CrawledLayoutTests
{
    public static IEnumerable<object[]> Cases =>
        from sample in Samples.All
        from layout in Enum.GetValues<Crawled.Layout>()
        select new object[] { sample[0], layout };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_crawled_layout_gives_every_cell_and_finding_of_the_published_report(string sample, Crawled.Layout layout)
    {
        var published = Samples.Read(sample);
        var text = Crawled.Write(published, layout);

        var read = ReportReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(layout == Crawled.Layout.PipeRows ? DocumentKind.Text : DocumentKind.Markdown, ReportReader.Detect(Encoding.UTF8.GetBytes(text)).Kind);
        Assert.Equal(Samples.Tables(published), Samples.Tables(read));
        Assert.Equal((published.Agency, published.Year), (read.Agency, read.Year));
        Assert.Equal(Auditor.Audit(published).Select(f => $"{f.Rule} {f.Location}"), Auditor.Audit(read).Select(f => $"{f.Rule} {f.Location}"));
    }
}
