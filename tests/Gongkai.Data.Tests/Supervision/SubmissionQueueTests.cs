using Gongkai.Agencies;
using Gongkai.Data.Supervision;
using Gongkai.Supervision;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests.Supervision;

/// <summary>The queue of collected reports that several web instances share, on both databases.</summary>
public sealed class SubmissionQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Each_waiting_report_is_taken_once_and_one_left_by_a_stopped_worker_is_taken_again(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.Context;
        for (var i = 0; i < 5; i++)
            db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, $"{i}.txt", [1, 2, 3], new DateOnly(2026, 1, 20), Now, year: 2025));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var first = await SubmissionQueries.ClaimAsync(db, 3, Now);
        var second = await SubmissionQueries.ClaimAsync(db, 3, Now);
        var none = await SubmissionQueries.ClaimAsync(db, 3, Now.AddMinutes(1));
        var again = await SubmissionQueries.ClaimAsync(db, 10, Now + SubmissionQueries.StaleClaim + TimeSpan.FromMinutes(1));

        Assert.Equal(["0.txt", "1.txt", "2.txt"], first.Select(s => s.FileName));
        Assert.Equal(["3.txt", "4.txt"], second.Select(s => s.FileName));
        Assert.Empty(none);
        Assert.Equal(5, again.Count);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Workers_of_several_instances_claiming_at_once_take_every_report_once_without_failing(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        for (var i = 0; i < 600; i++)
            database.Context.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, $"{i}.txt", [1], new DateOnly(2026, 1, 20), Now, year: 2025));
        await database.Context.SaveChangesAsync();

        var workers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            var taken = new List<int>();
            while (await SubmissionQueries.ClaimAsync(db, 7, Now) is { Count: > 0 } claimed)
                taken.AddRange(claimed.Select(s => s.Id));
            return taken;
        })).ToList();
        var taken = (await Task.WhenAll(workers)).SelectMany(t => t).ToList();

        Assert.Equal(600, taken.Count);
        Assert.Equal(600, taken.Distinct().Count());
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task The_newest_readable_report_of_an_agency_and_year_is_the_one_that_counts(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.Context;
        var agency = db.Agencies.Add(new Agency("某县财政局")).Entity;
        await db.SaveChangesAsync();
        ReportSubmission Read(string file, int year, int errors)
        {
            var s = new ReportSubmission(SubmissionSource.Uploaded, file, [1], new DateOnly(year + 1, 1, 20), Now, agency.Id, year: year);
            s.Accept(agency.Id, year, "某县财政局", null, errors, 0, 3, "{}", "[]", "{}");
            return s;
        }
        db.Submissions.AddRange(Read("旧版.docx", 2025, 2), Read("更正版.docx", 2025, 0), Read("2024.docx", 2024, 0));
        var unreadable = new ReportSubmission(SubmissionSource.Uploaded, "坏文件.pdf", [1], new DateOnly(2026, 1, 25), Now, agency.Id, year: 2025);
        unreadable.Refuse(SubmissionState.Unreadable, "不是PDF文件。");
        db.Submissions.Add(unreadable);
        await db.SaveChangesAsync();

        var current = (await SubmissionQueries.CurrentAsync(db, 2025, new HashSet<int> { agency.Id }))[(agency.Id, 2025)];
        var allYears = await SubmissionQueries.CurrentAsync(db, null);

        Assert.Equal("更正版.docx", current.FileName);
        Assert.True(current.OnTime);
        Assert.Equal(3, current.Received);
        Assert.Equal(current.Id, await SubmissionQueries.CurrentIdAsync(db, agency.Id, 2025));
        Assert.Equal("{}", (await SubmissionQueries.TablesAsync(db, 2025, new HashSet<int> { current.Id }))[current.Id]);
        Assert.Equal(["2024.docx", "更正版.docx"], allYears.Values.OrderBy(s => s.Year).Select(s => s.FileName));
    }
}
