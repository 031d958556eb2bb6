using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>One agency's 2025 report against its 2024 report: the figures' changes and the copied text, on the page, in DOCX and PDF.</summary>
public abstract class CompareTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    [Fact]
    public async Task The_finance_bureau_s_two_years_show_each_change_and_the_copied_text_marked_in_every_format()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        await factory.DrainCollectionAsync();
        var finance = factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoSupervision.FinanceName).Id);
        var url = $"/Supervision/Compare?agency={finance}&year=2025";

        var page = await supervisor.GetAsync(url);

        // 6 requests received in 2024; 2025's 总计 says 10 (its six types add up to 9: the demo's broken total).
        var received = page.QuerySelectorAll("#figures tbody tr").Single(r => r.Children[0].TextContent == "表三“一、本年新收政府信息公开申请数量”行“总计”列");
        Assert.Equal(["6", "10", "+4"], received.Children.Skip(1).Select(c => c.TextContent));
        var marked = page.QuerySelectorAll("#comparison mark").Select(m => m.TextContent).ToList();
        Assert.Contains(marked, m => m.Contains("存在的主要问题是公开内容不够全面", StringComparison.Ordinal));
        Assert.Contains("与上年相同的文字约占100%", page.QuerySelector("#comparison")!.TextContent);

        using (var docx = WordprocessingDocument.Open(new MemoryStream(await supervisor.Client.GetByteArrayAsync(url + "&format=docx")), false))
        {
            var body = docx.MainDocumentPart!.Document.Body!;
            Assert.Contains("示例县财政局（演示）2025年与2024年政府信息公开工作年度报告对照", body.InnerText);
            Assert.Contains(body.Descendants<Run>(), r => r.RunProperties?.Highlight is not null && r.InnerText.Contains("公开内容不够全面", StringComparison.Ordinal));
        }
        var pdf = await supervisor.Client.GetByteArrayAsync(url + "&format=pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Contains("对照", string.Concat(document.GetPages().Select(p => p.Text)));
    }
}

public sealed class SqliteCompareTests(GongkaiFactory factory) : CompareTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresCompareTests(PostgresFactory factory) : CompareTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
