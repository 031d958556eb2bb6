using System.Text;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// The same report content as DOCX (Open XML SDK), HTML and PDF (printed by Chromium): the reader gets the same tables
/// from each, and the kind is told by the content, not the file name.
/// </summary>
[Collection(ChromiumCollection.Name)]
public class DocumentFormatTests(Chromium chromium)
{
    public static IEnumerable<object[]> Reports =>
        Samples.All.Select(s => new object[] { s[0] }).Append(["builder:consistent"]);

    private static AnnualReport Source(string name) => name == "builder:consistent" ? Builders.ConsistentReport() : Samples.Read(name);

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_DOCX_with_merged_header_cells_gives_the_same_tables(string name)
    {
        var report = Source(name);
        var docx = ReportDocx.Write(report);

        Assert.Equal(DocumentKind.Docx, ReportReader.Detect(docx).Kind);
        var read = ReportReader.Read(docx);
        Assert.Equal(Samples.Tables(report), Samples.Tables(read));
        Assert.Equal((report.Agency, report.Year), (read.Agency, read.Year));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void An_HTML_page_gives_the_same_tables(string name)
    {
        var report = Source(name);
        var html = ReportHtml.Write(report);

        var read = ReportReader.Read(Encoding.UTF8.GetBytes(html));

        Assert.Equal(Samples.Tables(report), Samples.Tables(read));
        Assert.Equal((report.Agency, report.Year), (read.Agency, read.Year));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task A_PDF_printed_by_Chromium_gives_the_same_tables(string name)
    {
        var report = Source(name);
        var pdf = await chromium.PrintToPdf(ReportHtml.Write(report), pageNumbers: true);

        Assert.Equal(DocumentKind.Pdf, ReportReader.Detect(pdf).Kind);
        var read = ReportReader.Read(pdf);
        Assert.Equal(Samples.Tables(report), Samples.Tables(read));
        Assert.Equal((report.Agency, report.Year), (read.Agency, read.Year));
        Assert.Equal(Auditor.Audit(report).Select(f => f.Rule), Auditor.Audit(read).Select(f => f.Rule));
    }

    [Fact]
    public void A_consistent_report_written_to_each_format_audits_clean_with_its_narrative_facts()
    {
        var report = Builders.ConsistentReport();
        foreach (var bytes in new[] { ReportDocx.Write(report), Encoding.UTF8.GetBytes(ReportHtml.Write(report)) })
        {
            var read = ReportReader.Read(bytes);
            Assert.Empty(Auditor.Audit(read));
            Assert.Contains(read.StatedFacts, f => f is { Kind: StatedFactKind.RequestsReceived, Value: 5 });
            Assert.Equal(ReportSections.All, read.Headings.Select(h => h.Section));
        }
    }

    [Fact]
    public void A_government_page_in_GBK_with_a_layout_table_around_the_report_gives_the_same_tables()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var report = Builders.ConsistentReport();
        var html = ReportHtml.Write(report);
        var body = html[(html.IndexOf("<body>", StringComparison.Ordinal) + 6)..html.IndexOf("</body>", StringComparison.Ordinal)];
        var page = $"""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>政务公开</title>
            <script>var x = "一、总体情况 1 2 3";</script></head>
            <body><div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div>
            <table width="100%"><tr><td>导航</td><td>{body.Replace("商业企业", "商业<br>企业").Replace("<p>", "<p>&nbsp;&nbsp;")}</td></tr></table>
            <div class="footer">主办单位：示例县人民政府办公室 网站标识码 1234567890</div></body></html>
            """;

        var read = ReportReader.Read(Encoding.GetEncoding("GBK").GetBytes(page));

        Assert.Equal(Samples.Tables(report), Samples.Tables(read));
        Assert.Empty(Auditor.Audit(read));
    }
}
