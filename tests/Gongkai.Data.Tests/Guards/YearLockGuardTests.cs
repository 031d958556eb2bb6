using Gongkai.Agencies;
using Gongkai.Calendar;
using Gongkai.Cases;
using Gongkai.Register;
using Gongkai.Reports;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests.Guards;

/// <summary>
/// A published year is locked where data is saved: whatever changes that year's report is refused, whatever date the
/// entry carries; what leaves it as it was (a later decision, a later repeal) goes through.
/// </summary>
public sealed class YearLockGuardTests
{
    private static readonly Actor Officer = new("测试", Role.Officer);
    private static readonly Actor Head = new("王科长", Role.Head);
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static async Task<(TestDatabase Database, Agency Agency)> PublishedAsync(Provider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var agency = new Agency("锁定测试局") { NumberPrefix = "锁" };
        database.Context.Agencies.Add(agency);
        await database.Context.SaveChangesAsync();
        var report = new AnnualReportRecord(agency.Id, 2025);
        report.Publish(new DateOnly(2026, 1, 20), "<p>报告</p>", Head);
        database.Context.AnnualReports.Add(report);
        await database.Context.SaveChangesAsync();
        return (database, agency);
    }

    /// <summary>Records entered while the year was unlocked for a correction, then the corrected report published again.</summary>
    private static async Task EnteredBeforeRepublishingAsync(TestDatabase database, Action<GongkaiDbContext> enter)
    {
        await using var before = database.NewContext();
        var report = await before.AnnualReports.SingleAsync();
        report.Unlock(new DateOnly(2026, 2, 1), Head, "补登");
        await before.SaveChangesAsync();
        enter(before);
        await before.SaveChangesAsync();
        report.Publish(new DateOnly(2026, 2, 2), "<p>报告（更正）</p>", Head);
        await before.SaveChangesAsync();
    }

    private static InformationRequest Request(int agencyId, int n, DateOnly received) =>
        new(agencyId, $"锁〔{received.Year}〕{n}号", TrackingCodes.New(), new Applicant(ApplicantType.NaturalPerson, "张三", "110101199001011234", "13800000000", ""),
            RequestChannel.Online, received, "某项信息", "电子邮件", Officer, At);

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task A_normative_document_backdated_into_a_published_year_is_refused_and_changes_nothing(Provider provider)
    {
        var (database, agency) = await PublishedAsync(provider);
        await using var _ = database;
        var db = database.Context;

        // Issued in 2024, it would be in force on 31 December 2025: 2025's 现行有效件数 would change.
        db.NormativeDocuments.Add(new NormativeDocument(agency.Id, NormativeKind.NormativeDocument, "补登的文件", "锁规〔2024〕1号", new DateOnly(2024, 5, 1)));
        var refused = await Assert.ThrowsAsync<YearLockedException>(() => db.SaveChangesAsync());
        Assert.Equal(2025, refused.Year);
        Assert.Contains("2025年度报告已于2026-01-20发布", refused.Message);
        db.ChangeTracker.Clear();
        Assert.Equal(0, await database.NewContext().NormativeDocuments.CountAsync());

        // One issued in 2026 is no part of 2025.
        db.NormativeDocuments.Add(new NormativeDocument(agency.Id, NormativeKind.NormativeDocument, "新文件", "锁规〔2026〕1号", new DateOnly(2026, 2, 1)));
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Repealing_counts_in_the_year_of_the_repeal_only(Provider provider)
    {
        var (database, agency) = await PublishedAsync(provider);
        await using var _ = database;
        var db = database.Context;
        // Documents already in the register when 2025 was published (the lock applies from publication on).
        await EnteredBeforeRepublishingAsync(database, before => before.NormativeDocuments.AddRange(
            new NormativeDocument(agency.Id, NormativeKind.NormativeDocument, "甲", "锁规〔2023〕1号", new DateOnly(2023, 3, 1)),
            new NormativeDocument(agency.Id, NormativeKind.NormativeDocument, "乙", "锁规〔2023〕2号", new DateOnly(2023, 4, 1))));
        var (first, second) = (await db.NormativeDocuments.SingleAsync(d => d.Title == "甲"), await db.NormativeDocuments.SingleAsync(d => d.Title == "乙"));

        first.Repeal(new DateOnly(2026, 3, 1));
        await db.SaveChangesAsync();
        second.Repeal(new DateOnly(2025, 6, 30));
        await Assert.ThrowsAsync<YearLockedException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task A_request_of_a_published_year_may_be_decided_later_but_not_backdated_into_it(Provider provider)
    {
        var (database, agency) = await PublishedAsync(provider);
        await using var _ = database;
        var db = database.Context;
        await EnteredBeforeRepublishingAsync(database, before =>
            before.Requests.AddRange(Request(agency.Id, 1, new DateOnly(2025, 12, 20)), Request(agency.Id, 2, new DateOnly(2025, 12, 22))));
        var (carried, other) = (await db.Requests.SingleAsync(r => r.Number == "锁〔2025〕1号"), await db.Requests.SingleAsync(r => r.Number == "锁〔2025〕2号"));

        // Carried over into 2026 (row 4 of 2025): deciding it in 2026 leaves 2025 as published.
        carried.Decide(new DateOnly(2026, 1, 8), Officer, "3.1", "", At);
        await db.SaveChangesAsync();

        // Decided on a day of 2025, it would leave 2025's row 4 for an outcome row.
        other.Decide(new DateOnly(2025, 12, 30), Officer, "3.1", "", At);
        await Assert.ThrowsAsync<YearLockedException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // A request registered as received in 2025 would add to 2025's row 1.
        db.Requests.Add(Request(agency.Id, 3, new DateOnly(2025, 11, 3)));
        await Assert.ThrowsAsync<YearLockedException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Decision_counts_and_cases_of_a_published_year_are_locked_and_unlocking_lets_them_change(Provider provider)
    {
        var (database, agency) = await PublishedAsync(provider);
        await using var _ = database;
        var db = database.Context;

        var count = new DecisionCount(agency.Id, 2025, 7);
        count.Set(3, 1, 0, 0.5m);
        db.DecisionCounts.Add(count);
        await Assert.ThrowsAsync<YearLockedException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        var report = await db.AnnualReports.SingleAsync();
        report.Unlock(new DateOnly(2026, 2, 1), Head, "补录7月数据");
        await db.SaveChangesAsync();
        db.DecisionCounts.Add(count);
        await db.SaveChangesAsync();
        Assert.Equal(3, (await database.NewContext().DecisionCounts.SingleAsync()).Licensing);
    }
}
