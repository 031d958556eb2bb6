using System.Text;
using Gongkai.Agencies;
using Gongkai.Data.PersonalData;
using Gongkai.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests.PersonalData;

/// <summary>Applicants' ID numbers, phones, addresses and e-mail are encrypted at rest; what reads the database alone learns none of them.</summary>
public sealed class PersonalDataTests
{
    private const string IdNumber = "110101199003074518", Phone = "13912345678", Address = "示例县人民路88号3单元", Email = "zhang.san@example.cn";

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task The_stored_row_holds_no_personal_data_in_clear_and_the_app_reads_it_back(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await RegisterAsync(database.Context);

        await using (var other = database.NewContext())
        {
            var applicant = (await other.Requests.AsNoTracking().SingleAsync(r => r.Id == id)).Applicant;
            Assert.Equal((IdNumber, Phone, Address, Email), (applicant.IdNumber, applicant.Phone, applicant.Address, applicant.Email));
        }
        var stored = (await RawAsync(database.Context, id)).Select(value => value ?? "").ToArray();
        Assert.All(stored, value => Assert.StartsWith("pd1:", value));
        Assert.DoesNotContain(stored, value => value.Contains("4518") || value.Contains("5678") || value.Contains("人民路") || value.Contains('@'));
        // Two applications by the same person do not show it by equal ciphertexts.
        var second = await RegisterAsync(database.Context);
        Assert.NotEqual(stored[0], (await RawAsync(database.Context, second))[0]);

        SqliteConnection.ClearAllPools();
        foreach (var file in database.Files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var secret in new[] { IdNumber, Phone, Address, Email })
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} is in clear in {Path.GetFileName(file)}");
        }
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task An_instance_with_another_key_refuses_to_read_rather_than_showing_garbage(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await RegisterAsync(database.Context);

        await using var wrong = database.NewContext(PersonalDataKey.Generate());
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => wrong.Requests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Contains("another key", refused.Message);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Rows_stored_in_clear_before_encryption_are_read_and_encrypted_in_place_once(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await RegisterAsync(database.Context);
        // As a database from before this release holds them.
        await database.Context.Database.ExecuteSqlRawAsync(
            """UPDATE "Requests" SET "Applicant_IdNumber" = {0}, "Applicant_Phone" = {1}, "Applicant_Address" = {2}, "Applicant_Email" = NULL WHERE "Id" = {3}""",
            IdNumber, Phone, Address, id);

        await using (var before = database.NewContext())
            Assert.Equal(IdNumber, (await before.Requests.AsNoTracking().SingleAsync(r => r.Id == id)).Applicant.IdNumber);

        Assert.Equal(1, await database.Context.EncryptStoredAsync());
        Assert.Equal(0, await database.Context.EncryptStoredAsync());
        var stored = await RawAsync(database.Context, id);
        Assert.All(stored.Take(3), value => Assert.StartsWith("pd1:", value));
        Assert.Null(stored[3]);
        await using var after = database.NewContext();
        var applicant = (await after.Requests.AsNoTracking().SingleAsync(r => r.Id == id)).Applicant;
        Assert.Equal((IdNumber, Phone, Address, (string?)null), (applicant.IdNumber, applicant.Phone, applicant.Address, applicant.Email));
    }

    private static async Task<long> RegisterAsync(GongkaiDbContext db)
    {
        var agency = await db.Agencies.FirstOrDefaultAsync() ?? db.Agencies.Add(new Agency("加密测试局")).Entity;
        await db.SaveChangesAsync();
        var request = new InformationRequest(agency.Id, $"测〔2026〕{Guid.NewGuid():N}号", TrackingCodes.New(),
            new Applicant(ApplicantType.NaturalPerson, "张三", IdNumber, Phone, Address, Email),
            RequestChannel.Online, new DateOnly(2026, 3, 2), "某项信息", "电子邮件", new Actor("网上申请", Role.Officer), DateTimeOffset.UtcNow);
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    private static async Task<string?[]> RawAsync(GongkaiDbContext db, long id)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT "Applicant_IdNumber", "Applicant_Phone", "Applicant_Address", "Applicant_Email" FROM "Requests" WHERE "Id" = {id}""";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return Enumerable.Range(0, 4).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
