using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Every finding says where its value stands in the file (page and line, line, or table, row and cell), and opening the
/// file there — with another tool than the reader — shows that value.
/// </summary>
[Collection(ChromiumCollection.Name)]
public class SourcePlaceTests(Chromium chromium)
{
    private const string Wrong = "4321";

    /// <summary>The consistent report with 3.7 总计 made wrong: outcome-total and balance point at that one cell.</summary>
    private static AnnualReport WithWrongTotal()
    {
        var report = Builders.ConsistentReport();
        report.Requests["3.7", ApplicantColumn.Total] = decimal.Parse(Wrong, System.Globalization.CultureInfo.InvariantCulture);
        return report;
    }

    private static Finding OnTheWrongCell(byte[] file) =>
        Assert.Single(Auditor.Audit(ReportReader.Read(file)), f => f.Rule == RuleIds.OutcomeTotal && f.Location == new Location(Location.Table3, "3.7", "total"));

    [Fact]
    public void A_text_file_gives_the_line_and_cell()
    {
        var text = Samples.TabText(WithWrongTotal());

        var place = OnTheWrongCell(Encoding.UTF8.GetBytes(text)).Source!;

        var line = text.Split('\n')[place.Line!.Value - 1];
        Assert.Equal(Wrong, line.Split('\t')[place.Cell!.Value - 1]);
        Assert.Equal($"第{place.Line}行第{place.Cell}格", place.Describe());
    }

    [Fact]
    public void A_Word_document_gives_the_table_row_and_cell()
    {
        var docx = ReportDocx.Write(WithWrongTotal());

        var place = OnTheWrongCell(docx).Source!;

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ElementAt(place.Table!.Value - 1);
        var row = table.Elements<TableRow>().ElementAt(place.Row!.Value - 1);
        Assert.Equal(Wrong, row.Elements<TableCell>().ElementAt(place.Cell!.Value - 1).InnerText);
    }

    [Fact]
    public void A_web_page_gives_the_table_row_and_cell()
    {
        var html = ReportHtml.Write(WithWrongTotal());

        var place = OnTheWrongCell(Encoding.UTF8.GetBytes(html)).Source!;

        var table = new HtmlParser().ParseDocument(html).QuerySelectorAll("table")[place.Table!.Value - 1];
        var row = table.QuerySelectorAll("tr")[place.Row!.Value - 1];
        Assert.Equal(Wrong, row.Children.Where(c => c.LocalName is "td" or "th").ElementAt(place.Cell!.Value - 1).TextContent.Trim());
    }

    [Fact]
    public void A_Markdown_file_gives_the_line()
    {
        var markdown = Crawled.Write(WithWrongTotal(), Crawled.Layout.Markdown);

        var place = OnTheWrongCell(Encoding.UTF8.GetBytes(markdown)).Source!;

        Assert.Contains($"| {Wrong} |", markdown.Split('\n')[place.Line!.Value - 1] + " ");
    }

    [Fact]
    public async Task A_PDF_gives_the_page_and_line()
    {
        var pdf = await chromium.PrintToPdf(ReportHtml.Write(WithWrongTotal()), pageNumbers: true);

        var finding = OnTheWrongCell(pdf);

        var place = finding.Source!;
        Assert.NotNull(place.Page);
        var row = PdfSource.Rows(pdf).Single(r => r.Source is { } s && s.Page == place.Page && s.Line == place.Line);
        Assert.Equal(Wrong, row.Cells[place.Cell!.Value - 1]);
        var json = ReportJson.Finding(finding)["source"]!;
        Assert.Equal((place.Page, place.Line, place.Cell), ((int?)json["page"], (int?)json["line"], (int?)json["cell"]));
        Assert.Equal(place.Describe(), (string?)json["text"]);
    }
}
