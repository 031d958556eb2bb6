using System.Diagnostics;
using System.Globalization;
using System.Net;
using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Data.Reports;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Bench;

/// <summary>
/// A SQLite file with 1,000,000 requests over 10 agencies and three years: the officer's worklist page (p50/p95) and a
/// year's table 三 computed through EF Core, against the same GROUP BY statements in raw SQL, in the same run.
/// </summary>
public static class RequestsBench
{
    private const int Agencies = 10;
    private static readonly DateOnly Today = new(2026, 11, 25);

    public static async Task RunAsync(string file, int count)
    {
        var connection = $"Data Source={file}";
        if (!File.Exists(file)) await SeedAsync(connection, count);
        Console.WriteLine($"SQLite file {file}: {new FileInfo(file).Length / 1048576} MB, {count:N0} requests over {Agencies} agencies");

        using var factory = new BenchFactory(connection);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await ProvinceBench.SignInAsync(factory, client, Role.Officer, agencyId: 1);
        var worklist = await Harness.TimeEachAsync("GET /Requests (the worklist page, 200 pending by due date)", 200, async () =>
        {
            var response = await client.GetAsync("/Requests");
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"worklist answered {response.StatusCode}");
            await response.Content.ReadAsStringAsync();
        });

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var ef = await Harness.TimeEachAsync("table 三 of 2025 through EF Core (4 queries)", 30, () => RequestTableQuery.ComputeAsync(db, 1, 2025));
        await using var raw = new SqliteConnection(connection);
        await raw.OpenAsync();
        var sql = await Harness.TimeEachAsync("table 三 of 2025 by raw SQL GROUP BY (the same 4 statements)", 30, () => RawTableAsync(raw, 1, 2025));
        Console.WriteLine($"EF Core / raw SQL (median): {ef.Median / sql.Median:F2}x");
        var whole = await Harness.TimeEachAsync("the whole 2025 report (tables 二/三/四, draft narrative, previous-year facts)", 10,
            () => ReportBuilder.BuildAsync(db, 1, 2025));
        Console.WriteLine($"whole report / raw SQL of table 三 (median): {whole.Median / sql.Median:F2}x");
    }

    private static readonly string[] RawStatements =
    [
        "SELECT Applicant_Type, COUNT(*) FROM Requests WHERE AgencyId = $a AND ReceivedOn >= $start AND ReceivedOn <= $end GROUP BY Applicant_Type",
        "SELECT Applicant_Type, COUNT(*) FROM Requests WHERE AgencyId = $a AND ReceivedOn < $start AND (DecidedOn IS NULL OR DecidedOn >= $start) GROUP BY Applicant_Type",
        "SELECT Applicant_Type, COUNT(*) FROM Requests WHERE AgencyId = $a AND ReceivedOn <= $end AND (DecidedOn IS NULL OR DecidedOn > $end) GROUP BY Applicant_Type",
        "SELECT OutcomeCode, Applicant_Type, COUNT(*) FROM Requests WHERE AgencyId = $a AND DecidedOn >= $start AND DecidedOn <= $end AND OutcomeCode IS NOT NULL GROUP BY OutcomeCode, Applicant_Type",
    ];

    private static async Task<int> RawTableAsync(SqliteConnection connection, int agencyId, int year)
    {
        var rows = 0;
        foreach (var statement in RawStatements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.Parameters.AddWithValue("$a", agencyId);
            command.Parameters.AddWithValue("$start", $"{year}-01-01");
            command.Parameters.AddWithValue("$end", $"{year}-12-31");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows++;
        }
        return rows;
    }

    /// <summary>Migrates a new file and inserts the requests with one prepared statement in one transaction.</summary>
    private static async Task SeedAsync(string connection, int count)
    {
        var watch = Stopwatch.StartNew();
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkaiSqlite(connection, BenchKey.Value);
        await using (var db = new GongkaiDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
            for (var a = 1; a <= Agencies; a++) db.Agencies.Add(new Agency($"基准测试机关{a}"));
            await db.SaveChangesAsync();
        }
        await using var sqlite = new SqliteConnection(connection);
        await sqlite.OpenAsync();
        await using var transaction = await sqlite.BeginTransactionAsync();
        await using var insert = sqlite.CreateCommand();
        insert.CommandText = """
            INSERT INTO Requests (AgencyId, Number, TrackingCode, Applicant_Type, Applicant_Name, Applicant_IdNumber, Applicant_Phone, Applicant_Address,
                Channel, ReceivedOn, Description, DeliveryForm, State, ClockStart, ExtensionRequested, Extended, OutcomeCode, DecidedOn, DueOn, Version)
            VALUES ($agency, $number, $code, $type, $name, $id, $phone, '某地', 'Online', $received, '某项政府信息', '电子邮件', $state, $received, 0, 0, $outcome, $decided, $due, 1)
            """;
        string[] names = ["agency", "number", "code", "type", "name", "id", "phone", "received", "state", "outcome", "decided", "due"];
        var p = names.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter("$" + n, null)));
        await insert.PrepareAsync();
        var outcomes = Outcomes.Decidable.Select(o => o.RowCode).Distinct().ToArray();
        var random = new Random(2026);
        var types = Enum.GetNames<ApplicantType>();
        for (var i = 0; i < count; i++)
        {
            var received = Today.AddDays(-random.Next(0, 3 * 365));
            // Most requests were decided within about a month; those received in the last weeks are mostly still open.
            var decided = received.AddDays(random.Next(1, 45));
            var pending = decided > Today;
            p["agency"].Value = 1 + i % Agencies;
            p["number"].Value = $"B〔{received.Year}〕{i}号";
            p["code"].Value = $"BENCH{i:D11}";
            p["type"].Value = types[random.Next(10) < 7 ? 0 : random.Next(1, types.Length)];
            p["name"].Value = "申请人" + i;
            p["id"].Value = $"1101011990{i:D8}";
            p["phone"].Value = $"138{i:D8}";
            p["received"].Value = received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["state"].Value = pending ? nameof(RequestState.Received) : nameof(RequestState.Closed);
            p["outcome"].Value = pending ? DBNull.Value : outcomes[random.Next(outcomes.Length)];
            p["decided"].Value = pending ? DBNull.Value : decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["due"].Value = pending ? received.AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        Console.WriteLine($"seeded {count:N0} requests in {watch.Elapsed.TotalSeconds:F0} s");
    }

    // Any type of the web assembly names its entry point; the bench has a Program of its own.
    private sealed class BenchFactory(string connection) : WebApplicationFactory<Clock>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSolutionRelativeContentRoot("src/Gongkai.Web", "Gongkai.slnx");
            builder.UseSetting("ConnectionStrings:Gongkai", connection);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
