using Gongkai.Data.Supervision;
using System.IO.Compression;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Agencies;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>The supervising office of the demo county: dashboard, uploads, consolidated tables, and reports published in Gongkai.</summary>
public sealed class SupervisionTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private int IdOf(string name) => factory.Scoped(db => db.Agencies.Single(a => a.Name == name).Id);

    [Fact]
    public async Task The_dashboard_shows_each_agency_of_the_county_on_time_late_or_missing_and_consistent_or_not()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        await factory.DrainCollectionAsync();

        var page = await supervisor.GetAsync("/Supervision?year=2025");

        var rows = Rows(page);
        // The six agencies of the demo county (other tests of this class may add more).
        Assert.Superset(new HashSet<string> { DemoSupervision.CountyName, DemoData.AgencyName, DemoData.OtherAgencyName, DemoSupervision.FinanceName,
            DemoSupervision.MarketName, DemoSupervision.TownName }, rows.Keys.ToHashSet());
        Assert.Contains($"机关总数{rows.Count}", page.QuerySelector("#counts")!.TextContent.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Contains("按时报送", rows[DemoSupervision.FinanceName]);
        Assert.Contains("个错误", rows[DemoSupervision.FinanceName]);
        Assert.Contains("逾期报送", rows[DemoSupervision.MarketName]);
        Assert.Contains("无错误", rows[DemoSupervision.MarketName]);
        Assert.Contains("逾期未报送", rows[DemoData.OtherAgencyName]);
        Assert.Equal([DemoSupervision.FinanceName], Rows(await supervisor.GetAsync("/Supervision?year=2025&status=errors")).Keys);
        var townships = Rows(await supervisor.GetAsync("/Supervision?year=2025&level=Township")).Keys;
        Assert.Contains(DemoSupervision.TownName, townships);
        Assert.DoesNotContain(DemoSupervision.FinanceName, townships);

        var finance = page.QuerySelector($"tr[data-agency='{IdOf(DemoSupervision.FinanceName)}'] a[href^='/Supervision/Submission/']")!.GetAttribute("href")!;
        var findings = (await supervisor.GetAsync(finance)).QuerySelector("#findings")!.TextContent;
        Assert.Contains("表三“一、本年新收政府信息公开申请数量”行“总计”列", findings);
        Assert.Contains("总计为10，但六类申请人之和为9", findings);
    }

    [Fact]
    public async Task An_officer_cannot_open_supervision_and_a_supervisor_sees_nothing_outside_the_county()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var refused = await officer.Client.GetAsync("/Supervision");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());

        var (outside, submission) = await factory.ScopedAsync(async db =>
        {
            var agency = db.Agencies.Add(new Agency("外县卫生健康局")).Entity;
            await db.SaveChangesAsync();
            var s = db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, "外县.html", [1], new DateOnly(2026, 1, 5), GongkaiFactory.Now, agency.Id, year: 2025)).Entity;
            await db.SaveChangesAsync();
            return (agency.Id, s.Id);
        });
        await factory.DrainCollectionAsync();
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.Client.GetAsync($"/Supervision/Agency/{outside}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.Client.GetAsync($"/Supervision/Submission/{submission}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.Client.GetAsync($"/Supervision?under={outside}")).StatusCode);
        Assert.DoesNotContain("外县卫生健康局", await supervisor.Client.GetStringAsync("/Supervision?year=2025"));
    }

    [Fact]
    public async Task A_ZIP_is_read_in_the_background_and_each_unreadable_or_unknown_file_is_listed_with_its_reason()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        await factory.DrainCollectionAsync();
        var market2024 = DemoSupervision.Synthetic(DemoSupervision.MarketName, 2024, received: 10, carriedIn: 0, carriedOver: 0, inForce: 28);
        var water = DemoSupervision.Synthetic("示例县水利局（演示）", 2025, received: 4, carriedIn: 0, carriedOver: 0, inForce: 3);
        var zip = Zip(("市场监管局/2024年度报告.docx", ReportDocx.Write(market2024)), ("水利局2025.html", Encoding.UTF8.GetBytes(ReportHtml.Write(water))),
            ("损坏.pdf", [0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]), ("说明.txt", Encoding.UTF8.GetBytes("各单位：请于1月31日前报送年度报告。")));

        var posted = await supervisor.UploadAsync("/Supervision/Upload", "/Supervision/Upload", new() { ["PublishedOn"] = "2025-01-15" },
            [("files", "各单位2024-2025年度报告.zip", zip), ("files", "扫描件.pdf", [1, 2, 3, 4])]);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var batchUrl = posted.Headers.Location!.ToString();
        var batch = await WhenReadAsync(supervisor, batchUrl);
        Assert.Contains("已全部处理：5 / 5 个文件", batch.QuerySelector("#progress")!.TextContent);
        Assert.Equal(4, batch.QuerySelectorAll("#files tbody tr").Length);
        var files = (await supervisor.GetAsync(batchUrl + "?all=true")).QuerySelectorAll("#files tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent.Trim());
        Assert.Equal("已读取，无错误", files["各单位2024-2025年度报告.zip/市场监管局/2024年度报告.docx"]);
        Assert.Contains("未对应机关：报告中的机关“示例县水利局(演示)”不在本辖区机关名录中", files["各单位2024-2025年度报告.zip/水利局2025.html"]);
        Assert.StartsWith("无法读取：", files["各单位2024-2025年度报告.zip/损坏.pdf"]);
        Assert.StartsWith("无法读取：", files["各单位2024-2025年度报告.zip/说明.txt"]);
        Assert.StartsWith("无法读取：", files["扫描件.pdf"]);

        // The 2025 report read before is checked again against the 2024 one that arrived after it.
        var years = (await supervisor.GetAsync($"/Supervision/Agency/{IdOf(DemoSupervision.MarketName)}")).QuerySelectorAll("#years tbody tr").ToList();
        Assert.Equal(["2025", "2024"], years.Select(r => r.Children[0].TextContent));
        Assert.DoesNotContain("未对照上年", years[0].TextContent);
        // The invented narratives of both years are alike: a warning of copied text, not an error.
        Assert.Matches("无错误|0个错误", years[0].TextContent);

        // The unknown agency is proposed below the county, as a department, for the office to confirm; nothing is filed before.
        Assert.DoesNotContain("示例县水利局(演示)", (await supervisor.GetAsync("/Supervision/Agencies")).QuerySelector("#directory")!.TextContent);
        var proposal = batch.QuerySelector("#proposals form")!;
        Assert.Equal(IdOf(DemoSupervision.CountyName).ToString(System.Globalization.CultureInfo.InvariantCulture), proposal.QuerySelector("select[name=parentId] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Department", proposal.QuerySelector("select[name=level] option[selected]")!.GetAttribute("value"));
        var added = await supervisor.PostAsync($"{batchUrl}?handler=AddAgency", new()
        {
            ["read"] = "示例县水利局(演示)",
            ["name"] = "示例县水利局(演示)",
            ["parentId"] = IdOf(DemoSupervision.CountyName).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["level"] = "Department",
        }, pageUrl: batchUrl);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        batch = await WhenReadAsync(supervisor, batchUrl);
        Assert.Null(batch.QuerySelector("#proposals"));
        Assert.Contains("示例县水利局(演示)", (await supervisor.GetAsync("/Supervision/Agencies")).QuerySelector("#directory")!.TextContent);
        Assert.Equal(factory.Scoped(db => db.Agencies.Single(a => a.Name == "示例县水利局(演示)").ParentId), IdOf(DemoSupervision.CountyName));
        Assert.Contains("已全部处理：5 / 5 个文件", batch.QuerySelector("#progress")!.TextContent);
    }

    [Fact]
    public async Task The_consolidated_tables_are_the_sums_of_the_counted_reports_in_the_page_the_workbook_and_the_document()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        await factory.DrainCollectionAsync();
        var counted = await factory.ScopedAsync(async db =>
        {
            var tables = await db.Submissions.Where(s => s.Year == 2025 && s.State == SubmissionState.Read).ToListAsync();
            return tables.GroupBy(s => s.AgencyId).Select(g => StoredReport.ReadTables(g.MaxBy(s => s.Id)!.TablesJson)).ToList();
        });
        var expected = ReportSum.Sum(counted);
        var received = expected.Requests[RequestRow.Received, ApplicantColumn.Total]!.Value;

        var page = await supervisor.GetAsync("/Supervision/Consolidated?year=2025");
        Assert.Contains($"已报送并读取年度报告{counted.Count}份", page.Body!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("svg.chart[role=img]").Length);
        Assert.Contains("表三“一、本年新收政府信息公开申请数量”行：总计为", page.QuerySelector("#findings")!.TextContent);

        var docx = await supervisor.Client.GetByteArrayAsync("/Supervision/Consolidated?handler=Export&format=docx&year=2025");
        var read = ReportReader.Read(docx);
        Assert.Equal(received, read.Requests[RequestRow.Received, ApplicantColumn.Total]);
        Assert.Equal(expected.Proactive.NormativeDocuments.InForce, read.Proactive.NormativeDocuments.InForce);

        var xlsx = await supervisor.Client.GetByteArrayAsync("/Supervision/Consolidated?handler=Export&format=xlsx&year=2025");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Row>())
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        var row = cells.First(r => r.FirstOrDefault() == RequestRow.ByCode(RequestRow.Received).Label);
        Assert.Equal(received.ToString(System.Globalization.CultureInfo.InvariantCulture), row[^1]);
    }

    [Fact]
    public async Task A_report_published_in_Gongkai_reaches_the_supervising_office_as_published()
    {
        await Reports.ReportDraft.FillInAsync(await WebPage.SignInAsync(factory, "officer@demo.gongkai"), 2025);
        var head = await WebPage.SignInAsync(factory, "head@demo.gongkai");
        var published = await head.PostAsync("/Reports/Edit/2025?handler=Publish", new() { ["Confirm"] = "true" }, pageUrl: "/Reports/Edit/2025");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await factory.DrainCollectionAsync();

        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        var page = await supervisor.GetAsync("/Supervision?year=2025");
        Assert.Contains("逾期报送", Rows(page)[DemoData.AgencyName]);
        var link = page.QuerySelector($"tr[data-agency='{IdOf(DemoData.AgencyName)}'] a[href^='/Supervision/Submission/']")!.GetAttribute("href")!;
        var details = (await supervisor.GetAsync(link)).Body!.TextContent;
        Assert.Contains("本平台生成并发布", details);
        Assert.Contains("2026-11-25（逾期", details);
    }

    [Fact]
    public async Task A_directory_from_Excel_adds_the_agencies_below_their_parents_or_nothing_when_a_row_is_wrong()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var wrong = Encoding.GetEncoding("GBK").GetBytes("机关名称,上级机关,层级\n示例县乙镇人民政府（演示）,,乡镇\n示例县乙镇卫生院（演示）,示例县丙镇人民政府（演示）,部门\n");

        var refused = await supervisor.UploadAsync("/Supervision/Agencies", "/Supervision/Agencies?handler=Import", [], [("file", "名录.csv", wrong)]);

        Assert.Contains("第3行“上级机关”：“示例县丙镇人民政府（演示）”不在本辖区机关名录中", (await WebPage.ParseAsync(refused)).Body!.TextContent);
        Assert.False(factory.Scoped(db => db.Agencies.Any(a => a.Name == "示例县乙镇人民政府（演示）")));

        // The finance bureau is already in the directory, here written with half-width brackets and a space.
        var right = Encoding.UTF8.GetBytes("机关名称,上级机关,层级\n示例县乙镇人民政府（演示）,,乡镇（街道）\n示例县乙镇卫生院（演示）,示例县乙镇人民政府(演示),部门\n" +
                                       "示例县 财政局(演示),,部门\n");
        var imported = await supervisor.UploadAsync("/Supervision/Agencies", "/Supervision/Agencies?handler=Import", [], [("file", "名录.csv", right)]);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);

        var directory = await supervisor.GetAsync("/Supervision/Agencies");
        Assert.Contains("新增2个机关，1个已在名录中", directory.Body!.TextContent);
        var town = IdOf("示例县乙镇人民政府（演示）");
        Assert.Equal(town, factory.Scoped(db => db.Agencies.Single(a => a.Name == "示例县乙镇卫生院（演示）").ParentId));
        Assert.Equal(AgencyLevel.Township, factory.Scoped(db => db.Agencies.Single(a => a.Id == town).Level));
        Assert.Contains("示例县乙镇卫生院（演示）", (await supervisor.GetAsync($"/Supervision?year=2025&under={town}")).QuerySelector("#agencies")!.TextContent);

        var twin = await supervisor.PostAsync("/Supervision/Agencies", new() { ["Name"] = "示例县乙镇人民政府(演示)", ["ParentId"] = IdOf(DemoSupervision.CountyName).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Level"] = "Township" });
        Assert.Contains("本辖区已有名为“示例县乙镇人民政府(演示)”的机关", (await WebPage.ParseAsync(twin)).Body!.TextContent);
    }

    [Fact]
    public async Task A_county_of_hundreds_of_agencies_is_paged_with_the_counts_of_all()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        var csv = "机关名称,上级机关,层级\n示例县丁镇人民政府（演示）,,乡镇\n" + string.Concat(Enumerable.Range(1, 260).Select(i => $"示例县丁镇第{i:D3}村委会（演示）,示例县丁镇人民政府（演示）,部门\n"));
        await supervisor.UploadAsync("/Supervision/Agencies", "/Supervision/Agencies?handler=Import", [], [("file", "丁镇.csv", Encoding.UTF8.GetBytes(csv))]);
        var town = IdOf("示例县丁镇人民政府（演示）");

        var first = await supervisor.GetAsync($"/Supervision?year=2025&under={town}");
        var second = await supervisor.GetAsync(first.QuerySelector("#pages a")!.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal));

        Assert.Contains("机关总数261", first.QuerySelector("#counts")!.TextContent.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(200, first.QuerySelectorAll("#agencies tbody tr").Length);
        Assert.Contains("第1/2页", first.QuerySelector("#pages")!.TextContent);
        Assert.Equal(61, second.QuerySelectorAll("#agencies tbody tr").Length);
        Assert.Contains("示例县丁镇第260村委会（演示）", second.QuerySelector("#agencies")!.TextContent);
    }

    [Fact]
    public async Task The_office_opens_the_administrator_account_of_an_agency_in_its_directory_and_of_no_other()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        var finance = IdOf(DemoSupervision.FinanceName);

        var opened = await supervisor.PostAsync($"/Supervision/Account/{finance}", new()
        {
            ["Account.Email"] = "admin@finance.demo.gongkai",
            ["Account.DisplayName"] = "钱管理",
            ["Account.Password"] = "Finance-Gongkai-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var admin = await WebPage.SignInAsync(factory, "admin@finance.demo.gongkai", "Finance-Gongkai-2026");
        // An administrator works only once a second factor is enrolled.
        Assert.Equal("/Account/Authenticator", (await admin.Client.GetAsync("/Admin/Users")).Headers.Location!.OriginalString);
        await admin.EnrolSecondFactorAsync();
        var users = await admin.GetAsync("/Admin/Users");
        Assert.Contains(DemoSupervision.FinanceName, users.QuerySelector("header")!.TextContent);
        Assert.Contains("admin@finance.demo.gongkai", users.Body!.TextContent);
        var officer = await admin.PostAsync("/Admin/Users", new()
        {
            ["Account.Email"] = "officer@finance.demo.gongkai",
            ["Account.DisplayName"] = "孙办事",
            ["Account.Password"] = "Sun-Banshi-2026x",
            ["Role"] = Role.Officer.Key(),
        });
        Assert.Equal(HttpStatusCode.Redirect, officer.StatusCode);
        Assert.Equal(finance, factory.Scoped(db => db.Users.Single(u => u.Email == "officer@finance.demo.gongkai").AgencyId));

        // The agency has its administrator now: the office opens no second one, and none in its own agency.
        var second = await supervisor.PostWithTokenAsync($"/Supervision/Account/{finance}", new()
        {
            ["Account.Email"] = "admin2@finance.demo.gongkai",
            ["Account.DisplayName"] = "钱二",
            ["Account.Password"] = "Finance-Second-2026",
        }, await TokenAsync(supervisor, "/Supervision/Agencies"));
        Assert.Contains("该机关已有管理员", (await WebPage.ParseAsync(second)).Body!.TextContent);
        var own = await supervisor.PostWithTokenAsync($"/Supervision/Account/{IdOf("示例县人民政府（演示）")}", new()
        {
            ["Account.Email"] = "admin@county.demo.gongkai",
            ["Account.DisplayName"] = "县管理",
            ["Account.Password"] = "County-Admin-2026",
        }, await TokenAsync(supervisor, "/Supervision/Agencies"));
        Assert.Contains("政务公开办只能为下级机关开设管理员账号", (await WebPage.ParseAsync(own)).Body!.TextContent);
        Assert.Equal(0, factory.Scoped(db => db.Users.Count(u => u.Email == "admin2@finance.demo.gongkai" || u.Email == "admin@county.demo.gongkai")));
        var outsideId = await factory.ScopedAsync(async db =>
        {
            var agency = db.Agencies.Add(new Agency("外市财政局")).Entity;
            await db.SaveChangesAsync();
            return agency.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.Client.GetAsync($"/Supervision/Account/{outsideId}")).StatusCode);
    }

    private static async Task<string> TokenAsync(WebPage page, string url) =>
        ((AngleSharp.Html.Dom.IHtmlInputElement)(await page.GetAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!).Value;

    private static Dictionary<string, string> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#agencies tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.TextContent);

    /// <summary>The batch page once the app's reader has read every file of it.</summary>
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> WhenReadAsync(WebPage page, string url)
    {
        await factory.DrainCollectionAsync();
        var batch = await page.GetAsync(url);
        Assert.Contains("已全部处理", batch.QuerySelector("#progress")!.TextContent);
        return batch;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
            foreach (var (name, content) in files)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        return buffer.ToArray();
    }
}
