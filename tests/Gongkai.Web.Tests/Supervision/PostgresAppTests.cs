using System.Net;
using System.Text;
using Gongkai.Documents.Writing;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>The app on PostgreSQL by configuration: officers, the portal and the supervising office work as on SQLite.</summary>
public sealed class PostgresAppTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task On_PostgreSQL_officers_the_portal_and_the_supervising_office_work_as_on_SQLite()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        Assert.NotEmpty((await officer.GetAsync("/Requests?Filter=all")).QuerySelectorAll("tbody tr"));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/Public/Agency/" + factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).Id) + "?q=卫生")).StatusCode);

        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        var town = DemoSupervision.Synthetic(DemoSupervision.TownName, 2024, received: 2, carriedIn: 0, carriedOver: 0, inForce: -2);
        var posted = await supervisor.UploadAsync("/Supervision/Upload", "/Supervision/Upload", new() { ["PublishedOn"] = "2025-01-10" },
            [("files", "城关镇2024.html", Encoding.UTF8.GetBytes(ReportHtml.Write(town))), ("files", "坏.docx", [0x50, 0x4b, 3, 4, 9])]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await factory.DrainCollectionAsync();

        var batch = (await supervisor.GetAsync(posted.Headers.Location!.ToString())).QuerySelector("#files")!.TextContent;
        Assert.Contains("已读取", batch);
        Assert.Contains("无法读取", batch);
        var dashboard = await supervisor.GetAsync("/Supervision?year=2025&status=errors");
        Assert.Equal([DemoSupervision.FinanceName], dashboard.QuerySelectorAll("#agencies tbody tr").Select(r => r.Children[0].TextContent.Trim()));
        var consolidated = await supervisor.GetAsync("/Supervision/Consolidated?year=2024");
        Assert.Contains("已报送并读取年度报告2份", consolidated.Body!.TextContent);
    }
}
