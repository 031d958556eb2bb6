using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Writing;
using UglyToad.PdfPig;

namespace Gongkai.Documents.Tests.Writing;

/// <summary>The report as agencies publish it, printed: headers on every page of a table, rows whole, 落款 and date at the end.</summary>
public class PrintedReportTests
{
    private static readonly DateOnly Dated = new(2026, 1, 20);

    [Fact]
    public async Task Every_printed_page_holding_rows_of_table_three_also_holds_its_header()
    {
        var report = Samples.Read(Samples.Shanting);
        var pdf = await ReportPdf.WriteAsync(report, date: Dated);
        Pictures(pdf, "printed-report");

        using var document = PdfDocument.Open(pdf);
        // The CJK fonts map some characters to their Kangxi radical forms (⼈ for 人): read as NFKC, as the reader does.
        var pages = document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text)).Normalize(System.Text.NormalizationForm.FormKC)).ToList();
        string[] rowsOfTableThree = ["本年新收政府信息公开申请数量", "属于国家秘密", "本机关不掌握相关政府信息", "信访举报投诉类申请", "结转下年度继续办理"];
        var withRows = pages.Where(p => rowsOfTableThree.Any(p.Contains)).ToList();
        Assert.True(withRows.Count >= 2, "table 三 fits one page; the test needs it to run over two");
        Assert.All(withRows, page => Assert.Contains("申请人情况", page));

        // Table 四's headings are words, not a character per line, and the report ends with its 落款.
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains(words, w => w.Contains("维持", StringComparison.Ordinal));
        Assert.Contains(report.Agency + "2026年1月20日", pages[^1]);
    }

    [Fact]
    public void The_word_document_repeats_the_header_rows_and_keeps_rows_whole()
    {
        var report = Samples.Read(Samples.Shanting);
        using var stream = new MemoryStream(ReportDocx.Write(report, Dated));
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;

        var tables = body.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        // Tables 三 and 四 repeat their column headings; table 二's headings stand between its values, so it repeats none.
        Assert.Null(tables[0].Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(tables.Skip(1), t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.All(tables.SelectMany(t => t.Elements<TableRow>()), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        var last = body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).TakeLast(2).ToList();
        Assert.Equal([report.Agency!, "2026年1月20日"], last);
    }

    /// <summary>The printed pages as pictures in the test output, for a person to look at (poppler's pdftoppm).</summary>
    private static void Pictures(byte[] pdf, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(file, pdf);
        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "60", "-png", file, Path.Combine(folder, name)]) { RedirectStandardError = true })!;
        process.WaitForExit(60_000);
        Assert.True(process.ExitCode == 0, "pdftoppm (Debian poppler-utils) could not render the PDF: " + process.StandardError.ReadToEnd());
        Assert.NotEmpty(Directory.GetFiles(folder, name + "*.png"));
    }
}
