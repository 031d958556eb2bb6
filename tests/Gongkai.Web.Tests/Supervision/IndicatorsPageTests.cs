using Gongkai.Documents.Writing;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>The indicators of the demo county: defined on the page, summed before dividing, not rated where the counts are few.</summary>
public abstract class IndicatorsPageTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    [Fact]
    public async Task The_county_s_rates_are_its_reports_counts_and_an_agency_of_enough_requests_is_ranked()
    {
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        await factory.DrainCollectionAsync();

        var page = await supervisor.GetAsync("/Supervision/Indicators?year=2025");
        Assert.Contains("（3.1 + 3.2）÷ 3.7", page.QuerySelector("#definitions")!.TextContent);
        // Finance 7 of 10, market 9 of 13, the town 1 of 3: 17 of 26 answered, too few to rate.
        var year = page.QuerySelectorAll("#region tbody tr").Single(r => r.Children[0].TextContent == "2025");
        Assert.Equal("样本不足（17/26）", year.Children[2].TextContent);
        Assert.Contains("没有分母达到30的机关", page.QuerySelector("#ranking")!.TextContent);
        Assert.NotNull(page.QuerySelector("figure svg.chart"));

        // The other demo agency publishes a report of 100 requests: now rated, and ranked.
        factory.Scoped(db =>
        {
            var agency = db.Agencies.Single(a => a.Name == DemoData.OtherAgencyName);
            var report = DemoSupervision.Synthetic(DemoData.OtherAgencyName, 2025, received: 100, carriedIn: 0, carriedOver: 0, inForce: 0);
            db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, "其他机关2025.html", System.Text.Encoding.UTF8.GetBytes(ReportHtml.Write(report)),
                new DateOnly(2026, 1, 25), GongkaiFactory.Now, agency.Id, year: 2025));
            return db.SaveChanges();
        });
        await factory.DrainCollectionAsync();

        page = await supervisor.GetAsync("/Supervision/Indicators?year=2025&rank=substantive");
        year = page.QuerySelectorAll("#region tbody tr").Single(r => r.Children[0].TextContent == "2025");
        Assert.Equal("73%（92/126）", year.Children[2].TextContent);
        Assert.Equal($"{DemoData.OtherAgencyName}：75%（75/100）", page.QuerySelector("#ranking li")!.TextContent);
        var xlsx = await supervisor.Client.GetByteArrayAsync("/Supervision/Indicators?handler=Export&year=2025");
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Contains("73%", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);
    }
}

public sealed class SqliteIndicatorsPageTests(GongkaiFactory factory) : IndicatorsPageTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresIndicatorsPageTests(PostgresFactory factory) : IndicatorsPageTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
