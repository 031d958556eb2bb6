using System.Net;
using System.Text;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Register;

public sealed class RegisterTests : IClassFixture<GongkaiFactory>
{
    private readonly GongkaiFactory _factory;

    public RegisterTests(GongkaiFactory factory) => _factory = factory;

    private static Task<HttpResponseMessage> Upload(WebPage page, string fileName, byte[] bytes) =>
        page.UploadAsync("/Register/Decisions", "/Register/Decisions?handler=Import", fileName, bytes);

    [Fact]
    public async Task Decision_counts_import_from_a_GBK_CSV_as_Excel_saves_it()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = await WebPage.SignInAsync(_factory, "officer@demo.gongkai");
        var csv = "年份,月份,行政许可,行政处罚,行政强制,收费金额（万元）\r\n2024,1,50,6,1,0.5\r\n2024,2,41,3,0,0\r\n";

        var response = await Upload(page, "2024年处理决定.csv", Encoding.GetEncoding("GBK").GetBytes(csv));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var agencyId = _factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).Id);
        var stored = _factory.Scoped(db => db.DecisionCounts.Where(d => d.AgencyId == agencyId && d.Year == 2024).OrderBy(d => d.Month).ToList());
        Assert.Equal([(50, 6, 1, 0.5m), (41, 3, 0, 0m)], stored.Select(d => (d.Licensing, d.Penalty, d.Enforcement, d.FeesWanYuan)));
    }

    [Fact]
    public async Task Decision_counts_import_from_an_XLSX_workbook()
    {
        var page = await WebPage.SignInAsync(_factory, "officer@demo.gongkai");

        var response = await Upload(page, "2022.xlsx", Workbook(["年份", "月份", "行政许可", "行政处罚", "行政强制", "收费金额（万元）"], ["2022", "7", "12", "2", "0", "1.25"]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var july = _factory.Scoped(db => db.DecisionCounts.Single(d => d.Year == 2022 && d.Month == 7));
        Assert.Equal((12, 2, 0, 1.25m), (july.Licensing, july.Penalty, july.Enforcement, july.FeesWanYuan));
    }

    /// <summary>A workbook as Excel writes one: the header as shared strings, the numbers as numbers.</summary>
    private static byte[] Workbook(string[] header, string[] values)
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var strings = workbook.AddNewPart<DocumentFormat.OpenXml.Packaging.SharedStringTablePart>();
            strings.SharedStringTable = new DocumentFormat.OpenXml.Spreadsheet.SharedStringTable(
                header.Select(h => new DocumentFormat.OpenXml.Spreadsheet.SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(h))));
            var sheet = workbook.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            string Column(int i) => ((char)('A' + i)).ToString();
            var headerRow = new DocumentFormat.OpenXml.Spreadsheet.Row(header.Select((_, i) => new DocumentFormat.OpenXml.Spreadsheet.Cell
            {
                CellReference = Column(i) + "1",
                DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString,
                CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            }));
            var valueRow = new DocumentFormat.OpenXml.Spreadsheet.Row(values.Select((v, i) => new DocumentFormat.OpenXml.Spreadsheet.Cell
            {
                CellReference = Column(i) + "2",
                CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(v),
            }));
            sheet.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(headerRow, valueRow));
            workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = workbook.GetIdOfPart(sheet),
                SheetId = 1,
                Name = "2022",
            }));
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task A_bad_row_names_its_row_and_column_and_nothing_is_imported()
    {
        var page = await WebPage.SignInAsync(_factory, "officer@demo.gongkai");
        var csv = "2023,1,10,1,0,0\n2023,2,十,1,0,0\n";

        var response = await Upload(page, "bad.csv", Encoding.UTF8.GetBytes(csv));

        var text = (await WebPage.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("文件“bad.csv”第2行“行政许可”应为不小于0的整数", text);
        Assert.Contains("没有导入任何数据", text);
        Assert.Equal(0, _factory.Scoped(db => db.DecisionCounts.Count(d => d.Year == 2023)));
    }

    [Fact]
    public async Task An_admin_loads_next_years_holiday_notice_and_a_bad_one_is_refused()
    {
        var admin = await WebPage.SignInAsync(_factory, "admin@demo.gongkai");

        var bad = await admin.PostAsync("/Admin/Calendar?handler=Paste", new() { ["Year"] = "2027", ["Notice"] = "节假日期间注意安全。" });
        Assert.Contains("没有在粘贴的文字中找到放假日期", (await WebPage.ParseAsync(bad)).Body!.TextContent);
        var backwards = await admin.PostAsync("/Admin/Calendar?handler=Dates", new() { ["Year"] = "2027", ["OffFrom[0]"] = "2027-01-03", ["OffTo[0]"] = "2027-01-01" });
        Assert.Contains("结束日期早于开始日期", (await WebPage.ParseAsync(backwards)).Body!.TextContent);

        var pasted = await admin.PostAsync("/Admin/Calendar?handler=Paste", new()
        {
            ["Year"] = "2027",
            ["Notice"] = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日（农历除夕、周五）至11日（周四）放假调休，共7天。2月20日（周六）上班。",
        });
        Assert.Equal(HttpStatusCode.Redirect, pasted.StatusCode);
        var row = (await admin.GetAsync("/Admin/Calendar")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("2027年部分节假日", StringComparison.Ordinal));
        Assert.Contains("2月20日", row.TextContent);
        Assert.Equal(Gongkai.Calendar.DayKind.MakeUpWorkday, (await _factory.ScopedAsync(async db =>
            (await new Gongkai.Data.CalendarService(db).GetAsync()).Kind(new DateOnly(2027, 2, 20)))));

        var entered = await admin.PostAsync("/Admin/Calendar?handler=Dates", new()
        {
            ["Year"] = "2027",
            ["Source"] = "2027年通知（更正）",
            ["OffFrom[0]"] = "2027-01-01",
            ["OffTo[0]"] = "2027-01-03",
            ["Work[0]"] = "2027-02-20",
        });
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        Assert.Contains("2027年通知（更正）", (await admin.GetAsync("/Admin/Calendar")).Body!.TextContent);
    }

    [Fact]
    public async Task Normative_documents_give_the_years_counts_for_table_two()
    {
        var page = await WebPage.SignInAsync(_factory, "officer@demo.gongkai");

        var document = await page.GetAsync("/Register/Documents?year=2026");

        var row = document.QuerySelectorAll("table")[0].QuerySelectorAll("tr").Single(r => r.TextContent.Contains("行政规范性文件"));
        Assert.Equal(["行政规范性文件", "1", "1", "2"], row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
    }
}
