using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>The office's 雷同 check: two agencies of the county that published the same section 五 are listed, side by side.</summary>
public abstract class CopiesPageTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    private const string Problems =
        "存在的主要问题：一是政策解读形式较为单一，图解、视频等解读方式运用不多；二是基层政务公开标准化规范化建设有待加强，" +
        "部分栏目更新不够及时；三是工作人员业务能力参差不齐。改进措施：下一步将丰富政策解读形式，推出一图读懂和视频解读，" +
        "定期开展栏目巡查并通报结果，组织业务培训，切实提升政务公开工作水平。";

    [Fact]
    public async Task Two_agencies_that_published_the_same_section_are_listed_with_the_shared_text_marked()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        factory.Scoped(db =>
        {
            foreach (var name in new[] { DemoSupervision.MarketName, DemoSupervision.TownName })
            {
                var agency = db.Agencies.Single(a => a.Name == name);
                var report = DemoSupervision.Synthetic(name, 2025, received: 4, carriedIn: 0, carriedOver: 0, inForce: 0);
                report.SectionText[ReportSection.Problems] = Problems.Replace("下一步", name == DemoSupervision.TownName ? "2026年" : "下一步", StringComparison.Ordinal);
                db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, $"{name}更正.html", System.Text.Encoding.UTF8.GetBytes(ReportHtml.Write(report)),
                    new DateOnly(2026, 1, 20), GongkaiFactory.Now, agency.Id, year: 2025));
            }
            return db.SaveChanges();
        });
        await factory.DrainCollectionAsync();

        var page = await supervisor.GetAsync("/Supervision/Copies?year=2025");

        var rows = page.QuerySelectorAll("#pairs tbody tr").Select(r => r.TextContent).ToList();
        var pair = Assert.Single(rows, r => r.Contains(DemoSupervision.MarketName, StringComparison.Ordinal) && r.Contains(DemoSupervision.TownName, StringComparison.Ordinal));
        Assert.Contains("第五部分", pair);
        // The demo's other agencies share only the format's sentences and their own short lines: not listed.
        Assert.Single(rows);

        var side = await supervisor.GetAsync(page.QuerySelector("#pairs a[href*='section=']")!.GetAttribute("href")!.Replace("?", "/Supervision/Copies?", StringComparison.Ordinal));
        var marked = side.QuerySelectorAll("#pair mark").Select(m => m.TextContent).ToList();
        Assert.Equal(2, side.QuerySelectorAll("#pair .narrative").Length);
        Assert.Contains(marked, m => m.Contains("政策解读形式较为单一", StringComparison.Ordinal));
    }
}

public sealed class SqliteCopiesPageTests(GongkaiFactory factory) : CopiesPageTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresCopiesPageTests(PostgresFactory factory) : CopiesPageTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
