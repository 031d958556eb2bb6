using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using OpenCvSharp;

namespace Gongkai.Documents.Tests.Reading.Scans;

/// <summary>
/// Reports whose text is text but whose tables were pasted as pictures, as agencies do with a table made in a spreadsheet:
/// a web page with the pictures inlined, the Word document LibreOffice makes of it, and the PDF Chromium prints of it.
/// </summary>
public partial class PastedTableTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Tables_pasted_as_pictures_in_a_web_page_a_Word_document_and_a_PDF_are_read_in_their_places()
    {
        var published = Samples.Read(Samples.Tongjiang);
        var html = ReportHtml.Write(published);
        var pasted = new StringBuilder();
        var last = 0;
        foreach (Match table in Table().Matches(html))
        {
            pasted.Append(html, last, table.Index - last);
            pasted.Append("<p><img alt=\"表格\" style=\"width:100%\" src=\"data:image/png;base64," + Convert.ToBase64String(await PictureOfAsync(html, table.Value)) + "\"></p>");
            last = table.Index + table.Length;
        }
        pasted.Append(html, last, html.Length - last);
        var page = pasted.ToString();

        foreach (var file in new[]
        {
            Encoding.UTF8.GetBytes(page),
            OfficeConverter.Convert(Encoding.UTF8.GetBytes(page), ".html", "docx:MS Word 2007 XML", "网页"),
            await chromium.PrintToPdf(page),
        })
        {
            var read = ReportReader.Read(file);
            Assert.Equal(Samples.Tables(published), Samples.Tables(read));
            Assert.Equal(Auditor.Audit(published).Select(f => (f.Rule, f.Location)),
                Auditor.Audit(read).Where(f => f.Rule != RuleIds.OcrUncertain).Select(f => (f.Rule, f.Location)));
            Assert.NotEmpty(read.ScannedValues);
        }
    }

    /// <summary>One table of the page as a picture cut to its edges, as a screenshot pasted into a document is.</summary>
    private async Task<byte[]> PictureOfAsync(string html, string table)
    {
        var style = Regex.Match(html, "<style>.*?</style>", RegexOptions.Singleline).Value;
        using var page = Scanner.Render(await chromium.PrintToPdf($"<html><head><meta charset=\"utf-8\">{style}</head><body>{table}</body></html>"))[0];
        using var ink = new Mat();
        Cv2.Threshold(page, ink, 200, 255, ThresholdTypes.BinaryInv);
        var box = Cv2.BoundingRect(ink);
        var (left, top) = (Math.Max(box.X - 10, 0), Math.Max(box.Y - 10, 0));
        using var cut = new Mat(page, new Rect(left, top, Math.Min(box.Right + 10, page.Width) - left, Math.Min(box.Bottom + 10, page.Height) - top));
        return Scanner.Png(cut);
    }

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();
}
