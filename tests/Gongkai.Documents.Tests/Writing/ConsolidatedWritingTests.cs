using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.Reading;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Writing;

/// <summary>What a supervising office keeps and exports: tables as JSON, the consolidated workbook and document, charts, uploads.</summary>
public sealed class ConsolidatedWritingTests
{
    [Fact]
    public void The_consolidated_workbook_has_each_table_as_published_with_numbers_an_office_can_sum()
    {
        var sum = ReportSum.Sum([Builders.ConsistentReport(), Builders.ConsistentReport()], "某市", 2024);
        var xlsx = ConsolidatedXlsx.Write("某市2024年汇总表", sum, ["汇总范围：2个机关"],
            [new("甲局", Builders.ConsistentReport(), 0, 1, "已审核无问题"), new("乙局", Builders.ConsistentReport(), 2, 0, "需整改")]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var names = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "各机关"], names);

        var requests = Rows(workbook, names[1]!);
        var received = requests.Single(r => r.FirstOrDefault() == RequestRow.ByCode(RequestRow.Received).Label);
        Assert.Equal(["6", "2", "0", "0", "2", "0", "10"], received.Skip(1));
        var merged = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(1).Id!.Value!)).Worksheet.Elements<MergeCells>().Single();
        Assert.Contains(merged.Elements<MergeCell>(), m => m.Reference == "A4:C6");

        var agencies = Rows(workbook, "各机关");
        Assert.Equal(["乙局", "5", "1", "5", "1", "1", "1", "2", "0", "需整改"], agencies[2]);
    }

    [Fact]
    public void The_consolidated_document_reads_back_as_the_summed_tables()
    {
        var sum = ReportSum.Sum([Builders.ConsistentReport(), Builders.ConsistentReport(), Builders.ConsistentReport()], "某市", 2024);

        var read = ReportReader.Read(ReportDocx.WriteTables("某市2024年政府信息公开工作年度报告汇总表", sum, ["汇总范围：3个机关"]));

        Assert.Equal(Samples.Tables(sum), Samples.Tables(read));
    }

    [Fact]
    public void A_bar_chart_is_an_image_with_a_bar_and_a_value_for_each_agency()
    {
        var svg = XDocument.Parse(SvgChart.Bars("各机关新收申请数", [("甲局<1>", 12), ("乙局", 3), ("丙局", 0)]));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal("img", svg.Root!.Attribute("role")!.Value);
        var bars = svg.Descendants(ns + "rect").ToList();
        Assert.Equal(3, bars.Count);
        Assert.True(double.Parse(bars[0].Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(bars[1].Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "甲局<1>");
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "12");
        XDocument.Parse(SvgChart.Trend("历年", [("2023年", 5), ("2024年", 8)]));
    }

    [Fact]
    public void An_upload_opens_ZIPs_with_Chinese_names_keeps_Word_files_whole_and_skips_what_cannot_be_a_report()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var docx = ReportDocx.Write(Builders.ConsistentReport());
        using var inner = new MemoryStream();
        using (var zip = new ZipArchive(inner, ZipArchiveMode.Create, true))
            Add(zip, "县级/乙局2024年报告.txt", Encoding.UTF8.GetBytes(Samples.TabText(Builders.ConsistentReport())));
        using var outer = new MemoryStream();
        // Made as on Chinese Windows: GBK names without the UTF-8 flag.
        using (var zip = new ZipArchive(outer, ZipArchiveMode.Create, true, Encoding.GetEncoding("GB18030")))
        {
            Add(zip, "甲局2024年报告.docx", docx);
            Add(zip, "下级.zip", inner.ToArray());
            Add(zip, "__MACOSX/._甲局2024年报告.docx", [1, 2, 3]);
            Add(zip, "~$局2024年报告.docx", [1, 2, 3]);
            zip.CreateEntry("空文件夹/");
        }
        var skipped = new List<string>();

        var files = UploadedFiles.Expand("上报.zip", new MemoryStream(outer.ToArray()), skipped.Add).ToList();

        Assert.Equal(["上报.zip/下级.zip/县级/乙局2024年报告.txt", "上报.zip/甲局2024年报告.docx"], files.Select(f => f.Name));
        Assert.Equal(docx, files[1].Content);
        Assert.Equal(Samples.Tables(Builders.ConsistentReport()), Samples.Tables(ReportReader.Read(files[0].Content)));
        Assert.Empty(skipped);
        Assert.Single(UploadedFiles.Expand("甲局.docx", new MemoryStream(docx), skipped.Add));
    }

    [Fact]
    public void A_forged_entry_inflates_no_further_than_its_archive_declares()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
        {
            using var stream = zip.CreateEntry("炸弹.txt").Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 60; i++) stream.Write(zeros);
        }
        var bytes = buffer.ToArray();
        // Declare 1,000 bytes in the local header (offset 22) and the central directory (offset 24), as a forged archive would.
        Patch(bytes, [0x50, 0x4b, 0x03, 0x04], 22);
        Patch(bytes, [0x50, 0x4b, 0x01, 0x02], 24);
        var skipped = new List<string>();

        var files = UploadedFiles.Expand("上报.zip", new MemoryStream(bytes), skipped.Add).ToList();

        // 60 MB of zeros declared as 1,000 bytes: at most 1,000 are inflated, and the reader will find no report in them.
        Assert.True(files.Sum(f => f.Content.LongLength) <= 1000);
    }

    private static void Patch(byte[] zip, byte[] signature, int offset)
    {
        var at = zip.AsSpan().IndexOf(signature);
        BitConverter.TryWriteBytes(zip.AsSpan(at + offset, 4), 1000u);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    private static List<List<string>> Rows(WorkbookPart workbook, string sheet)
    {
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)workbook.GetPartById(id);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>()
            .Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList()).ToList();
    }
}
