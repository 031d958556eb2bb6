using Gongkai.Audit;
using Gongkai.Data.Reports;
using Gongkai.Reports;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Reports;

/// <summary>Table 三 computed by SQL from the demo register satisfies the format's rules and matches the requests one by one.</summary>
public sealed class RequestTableQueryTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public async Task The_demo_agencys_table_three_is_consistent_and_counts_each_request_where_it_belongs(int year)
    {
        factory.CreateClient(); // starts the app, which creates the demo register
        var (table, requests) = await factory.ScopedAsync(async db =>
        {
            var agencyId = await db.Agencies.Where(a => a.Name == DemoData.AgencyName).Select(a => a.Id).SingleAsync();
            return (await RequestTableQuery.ComputeAsync(db, agencyId, year), await db.Requests.Where(r => r.AgencyId == agencyId).ToListAsync());
        });

        var report = new AnnualReport { Year = year };
        foreach (var row in RequestRow.All) report.Requests.SetRow(row, table.Row(row));
        var rules = Auditor.Audit(report).Where(f => f.Location.Table == "三").Select(f => f.Rule);
        Assert.Empty(rules);

        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        Assert.Equal(requests.Count(r => r.ReceivedOn >= start && r.ReceivedOn <= end), table[RequestRow.Received, ApplicantColumn.Total]);
        Assert.Equal(requests.Count(r => r.ReceivedOn <= end && (r.DecidedOn is null || r.DecidedOn > end)), table[RequestRow.CarriedOver, ApplicantColumn.Total]);
        Assert.Equal(requests.Count(r => r.OutcomeCode == "3.1" && r.DecidedOn >= start && r.DecidedOn <= end), table["3.1", ApplicantColumn.Total]);
        Assert.True(table[RequestRow.Received, ApplicantColumn.Total] > 0);
    }
}
