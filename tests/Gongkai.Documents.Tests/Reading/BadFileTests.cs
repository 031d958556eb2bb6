using System.Diagnostics;
using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Files that are not reports get a clear Chinese reason, never a crash.</summary>
[Collection(ChromiumCollection.Name)]
public class BadFileTests(Chromium chromium)
{
    private static string Reason(byte[] bytes) => Assert.Throws<UnreadableReportException>(() => ReportReader.Read(bytes)).Message;

    [Fact]
    public void An_empty_file_is_refused() => Assert.Equal("文件为空。", Reason([]));

    [Fact]
    public void Random_bytes_are_not_a_document()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        Assert.Contains("不是文本、DOCX、HTML或PDF", Reason(bytes));
    }

    [Fact]
    public void A_truncated_DOCX_is_refused_as_damaged()
    {
        var docx = ReportDocx.Write(Builders.ConsistentReport());

        Assert.Contains("DOCX文件已损坏", Reason(docx[..(docx.Length / 2)]));
    }

    [Fact]
    public void A_ZIP_that_is_not_a_Word_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            writer.Write("hello");

        Assert.Contains("不是Word文档", Reason(stream.ToArray()));
    }

    [Fact]
    public void A_novel_is_not_a_report()
    {
        var novel = string.Concat(Enumerable.Repeat(
            "此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去，而借通灵之说，撰此《石头记》一书也。\n" +
            "列位看官：你道此书从何而来？说起根由虽近荒唐，细按则深有趣味。\n", 50));

        Assert.Contains("不像是政府信息公开工作年度报告", Reason(Encoding.UTF8.GetBytes(novel)));
    }

    [Fact]
    public async Task A_PDF_without_text_or_pictures_is_refused()
    {
        var pdf = await chromium.PrintToPdf("<html><body><div style='width:300px;height:300px;background:#000'></div></body></html>");

        Assert.Contains("没有可提取的文字", Reason(pdf));
    }

    [Fact]
    public void A_truncated_picture_is_refused_as_damaged()
    {
        Assert.Contains("图片已损坏", Reason([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));
    }

    [Fact]
    public void A_picture_of_no_report_is_refused_with_the_reason()
    {
        using var blank = new OpenCvSharp.Mat(1200, 900, OpenCvSharp.MatType.CV_8UC1, OpenCvSharp.Scalar.White);
        OpenCvSharp.Cv2.PutText(blank, "Hello", new OpenCvSharp.Point(100, 300), OpenCvSharp.HersheyFonts.HersheySimplex, 3, OpenCvSharp.Scalar.Black, 5);

        Assert.Contains("不像是政府信息公开工作年度报告", Reason(Scanner.Png(blank)));
    }

    [Fact]
    public void A_truncated_PDF_is_refused_as_damaged()
    {
        Assert.Contains("PDF文件已损坏", Reason("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"u8.ToArray()));
    }

    [Fact]
    public async Task An_encrypted_PDF_is_refused_as_encrypted()
    {
        var dir = Directory.CreateTempSubdirectory("gongkai-pdf-");
        var plain = Path.Combine(dir.FullName, "plain.pdf");
        var locked = Path.Combine(dir.FullName, "locked.pdf");
        await File.WriteAllBytesAsync(plain, await chromium.PrintToPdf(ReportHtml.Write(Builders.ConsistentReport())));
        // qpdf is Debian's tool for this; the README's test command installs it.
        using (var qpdf = Process.Start("qpdf", ["--encrypt", "user-secret", "owner-secret", "256", "--", plain, locked]))
            await qpdf.WaitForExitAsync();

        Assert.Contains("PDF文件已加密", Reason(await File.ReadAllBytesAsync(locked)));
        dir.Delete(recursive: true);
    }

    [Fact]
    public void A_file_that_does_not_exist_is_named_as_missing()
    {
        var e = Assert.Throws<UnreadableReportException>(() => ReportReader.Read("/no/such/report.pdf"));
        Assert.Contains("文件不存在", e.Message);
    }
}
