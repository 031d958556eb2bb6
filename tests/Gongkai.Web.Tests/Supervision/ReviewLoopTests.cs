using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Documents.Writing;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>
/// The office's review of a collected report of an agency outside Gongkai: a finding confirmed, the report returned with
/// a deadline and a 整改通知, the corrected file uploaded and audited again, the 整改台账 and the consolidated tables following.
/// </summary>
public abstract class ReviewLoopTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    [Fact]
    public async Task A_report_returned_with_a_confirmed_finding_is_corrected_and_the_ledger_and_sums_follow()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        await factory.DrainCollectionAsync();
        var (financeId, submissionId) = factory.Scoped(db =>
        {
            var finance = db.Agencies.Single(a => a.Name == DemoSupervision.FinanceName).Id;
            return (finance, db.Submissions.Where(s => s.AgencyId == finance && s.Year == 2025).Max(s => s.Id));
        });
        var url = $"/Supervision/Submission/{submissionId}";
        var page = await supervisor.GetAsync(url);
        Assert.Equal("待审核", page.QuerySelector("#review-status")!.TextContent);
        var key = page.QuerySelector("#findings tr[data-key^='row-total']")!.GetAttribute("data-key")!;

        // An error not yet decided keeps the report from being accepted.
        var refused = await WebPage.ParseAsync(await supervisor.PostAsync(url + "?handler=Accept", [], pageUrl: url));
        Assert.Matches("尚有[0-9]+项错误未确认或排除", refused.QuerySelector("[role=alert]")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostAsync(url + "?handler=Decide",
            new() { ["key"] = key, ["decision"] = "Confirmed", ["comment"] = "请核对六类申请人" }, pageUrl: url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostAsync(url + "?handler=Return", new() { ["deadline"] = "2026-12-10" }, pageUrl: url)).StatusCode);

        page = await supervisor.GetAsync(url);
        Assert.Equal("需整改", page.QuerySelector("#review-status")!.TextContent);
        var dashboard = await supervisor.GetAsync("/Supervision?year=2025&status=Returned");
        Assert.Contains(DemoSupervision.FinanceName, dashboard.QuerySelector("#agencies")!.TextContent);

        var notice = await supervisor.Client.GetAsync(url + "?handler=Notice&round=1");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        using (var docx = WordprocessingDocument.Open(new MemoryStream(await notice.Content.ReadAsByteArrayAsync()), false))
        {
            var text = string.Join("\n", docx.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
            Assert.Contains($"关于{DemoSupervision.FinanceName}2025年政府信息公开工作年度报告的整改通知", text);
            Assert.Contains("表三“一、本年新收政府信息公开申请数量”行“总计”列：", text);
            Assert.Contains("（请核对六类申请人）", text);
            Assert.Contains("于2026年12月10日前重新发布", text);
        }

        // The agency publishes its corrected report on its own site; the office uploads it.
        var corrected = System.Text.Encoding.UTF8.GetBytes(ReportHtml.Write(DemoSupervision.Synthetic(DemoSupervision.FinanceName, 2025, 9, 1, 0, 14)));
        var uploaded = await supervisor.UploadAsync(url, url + "?handler=Corrected", new() { ["publishedOn"] = "2026-11-24" }, [("file", "财政局2025年度报告（更正）.html", corrected)]);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        await factory.DrainCollectionAsync();

        var newer = await supervisor.GetAsync(uploaded.Headers.Location!.ToString());
        Assert.Equal("已整改", newer.QuerySelector("#review-status")!.TextContent);
        Assert.Empty(newer.QuerySelectorAll("#findings tr.error"));
        Assert.Contains("已被", (await supervisor.GetAsync(url)).Body!.TextContent);

        var ledger = (await supervisor.GetAsync("/Supervision/Corrections?year=2025")).QuerySelector("#ledger")!.TextContent;
        Assert.Contains(DemoSupervision.FinanceName, ledger);
        Assert.Contains("已整改", ledger);
        var xlsx = await supervisor.Client.GetByteArrayAsync("/Supervision/Corrections?handler=Export&year=2025");
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
            Assert.Contains("已整改", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);

        // Only the corrected report is accepted so far: the sums of the accepted ones are its own figures.
        var accepted = await supervisor.GetAsync("/Supervision/Consolidated?year=2025&scope=accepted");
        Assert.Contains("仅汇总经审核通过（无问题或已整改）的报告1份", accepted.QuerySelector("#scope")!.TextContent);
        var all = await supervisor.GetAsync("/Supervision/Consolidated?year=2025&scope=all");
        Assert.Contains("未审核通过（已标出）", all.QuerySelector("#scope")!.TextContent);
        Assert.DoesNotContain(DemoSupervision.FinanceName, all.QuerySelector("#marked")?.TextContent ?? "");
    }

    [Fact]
    public async Task A_misread_value_is_corrected_with_its_reason_the_report_audited_again_and_the_sums_follow()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        await factory.DrainCollectionAsync();
        var id = factory.Scoped(db =>
        {
            var town = db.Agencies.Single(a => a.Name == DemoSupervision.TownName).Id;
            return db.Submissions.Where(s => s.AgencyId == town && s.Year == 2025).Max(s => s.Id);
        });
        var url = $"/Supervision/Submission/{id}";
        const string Received = "三|1|total";
        string Sum(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("table tr").First(r => r.TextContent.Contains("一、本年新收", StringComparison.Ordinal)).Children[^1].TextContent.Trim();
        var before = Sum(await supervisor.GetAsync("/Supervision/Consolidated?year=2025"));

        var refused = await WebPage.ParseAsync(await supervisor.PostAsync(url + "?handler=CorrectValue", new() { ["cell"] = Received, ["value"] = "5", ["reason"] = "" }, pageUrl: url));
        Assert.Contains("请写明更正的理由", refused.QuerySelector("#correction-error")!.TextContent);
        Assert.Equal("true", refused.QuerySelector("#corrections select")!.GetAttribute("aria-invalid"));

        // The town's report says 3 requests; the supervisor finds 5 in the original and corrects it: the row no longer adds up.
        var posted = await supervisor.PostAsync(url + "?handler=CorrectValue", new() { ["cell"] = Received, ["value"] = "5", ["reason"] = "原件第2页为5，读成了3" }, pageUrl: url);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
        var page = await supervisor.GetAsync(url);
        var kept = page.QuerySelector("#corrections table tbody tr")!.Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["表三“一、本年新收政府信息公开申请数量”行“总计”列", "3", "5", "原件第2页为5，读成了3"], kept.Take(4));
        Assert.Contains("总计为5，但六类申请人之和为3", page.QuerySelector("#findings")!.TextContent);
        Assert.Equal(int.Parse(before, System.Globalization.CultureInfo.InvariantCulture) + 2,
            int.Parse(Sum(await supervisor.GetAsync("/Supervision/Consolidated?year=2025")), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5m, factory.Scoped(db => db.Submissions.Single(s => s.Id == id).Received));
    }
}

public sealed class SqliteReviewLoopTests(GongkaiFactory factory) : ReviewLoopTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresReviewLoopTests(PostgresFactory factory) : ReviewLoopTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
