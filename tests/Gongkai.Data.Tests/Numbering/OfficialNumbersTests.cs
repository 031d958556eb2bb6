using Gongkai.Agencies;
using Gongkai.Data.Numbering;
using Gongkai.Letters;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests.Numbering;

/// <summary>Official numbers come from an atomic counter: simultaneous registrations never share one, on either database.</summary>
public sealed class OfficialNumbersTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Twelve_simultaneous_registrations_get_twelve_different_request_and_receipt_numbers(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = new Agency("并发测试局") { NumberPrefix = "并公开" };
        database.Context.Agencies.Add(agency);
        await database.Context.SaveChangesAsync();

        // Each registration on its own context and connection, as twelve web requests at once; all start together.
        using var start = new ManualResetEventSlim(false);
        var registrations = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await using var db = database.NewContext();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await db.NextRequestNumberAsync(agency.Id, 2026);
            var request = new InformationRequest(agency.Id, number, TrackingCodes.New(), new Applicant(ApplicantType.NaturalPerson, $"申请人{i}", "110101199001011234", "13800000000", ""),
                RequestChannel.Online, new DateOnly(2026, 3, 2), "某项信息", "电子邮件", new Actor("网上申请", Role.Officer), DateTimeOffset.UtcNow);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            var letter = await db.NextLetterNumberAsync(agency.Id, agency.NumberPrefix, LetterKind.Receipt, 2026);
            db.Letters.Add(new Letter(agency.Id, request.Id, LetterKind.Receipt, "接收回执", letter, new DateOnly(2026, 3, 2), true, [1]));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        })).ToList();
        start.Set();
        await Task.WhenAll(registrations);

        await using var check = database.NewContext();
        var numbers = await check.Requests.Select(r => r.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"并公开〔2026〕{n}号").Order(), numbers.Order());
        var letters = await check.Letters.Select(l => l.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"并公开收〔2026〕{n}号").Order(), letters.Order());
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task A_counter_met_for_the_first_time_continues_after_the_numbers_already_given_and_the_database_refuses_a_duplicate(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.Context;
        var agency = new Agency("旧数据局") { NumberPrefix = "旧" };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        InformationRequest Request(string number) => new(agency.Id, number, TrackingCodes.New(), new Applicant(ApplicantType.NaturalPerson, "张三", "110101199001011234", "13800000000", ""),
            RequestChannel.Online, new DateOnly(2025, 5, 6), "某项信息", "电子邮件", new Actor("测试", Role.Officer), DateTimeOffset.UtcNow);
        db.Requests.AddRange(Request("旧〔2025〕7号"), Request("旧〔2025〕12号"));
        await db.SaveChangesAsync();

        Assert.Equal("旧〔2025〕13号", await db.NextRequestNumberAsync(agency.Id, 2025));
        Assert.Equal("旧〔2025〕14号", await db.NextRequestNumberAsync(agency.Id, 2025));
        Assert.Equal("旧〔2026〕1号", await db.NextRequestNumberAsync(agency.Id, 2026));

        db.Requests.Add(Request("旧〔2025〕12号"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
