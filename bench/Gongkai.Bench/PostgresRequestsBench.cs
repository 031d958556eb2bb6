using System.Diagnostics;
using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Data.Reports;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Bench;

/// <summary>
/// 10,000,000 requests of 1,000 agencies over three years on PostgreSQL (seeded by the server with generate_series), and
/// the annual report of one agency computed from them: tables 二/三/四, the draft narrative and last year's facts.
/// </summary>
public static class PostgresRequestsBench
{
    public static async Task RunAsync(string server, int count, int agencies)
    {
        var connection = $"{server};Database=gongkai_bench_requests;Command Timeout=600";
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkaiPostgres(connection, BenchKey.Value);
        await using var db = new GongkaiDbContext(options.Options);
        var seeded = await db.Database.CanConnectAsync() && (await db.Database.GetAppliedMigrationsAsync()).Any()
            && (await db.Database.GetPendingMigrationsAsync()).Count() == 0 && await db.Requests.CountAsync() == count;
        if (!seeded) await SeedAsync(db, count, agencies);
        await using (var size = new NpgsqlConnection(connection))
        {
            await size.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", size);
            Console.WriteLine($"PostgreSQL database: {await command.ExecuteScalarAsync()}, {count:N0} requests over {agencies} agencies");
        }

        var ids = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var next = 0;
        await Harness.TimeEachAsync("table 三 of 2025 of one agency (EF Core, 4 GROUP BY queries)", 50, () => RequestTableQuery.ComputeAsync(db, ids[next++ % ids.Count], 2025));
        await Harness.TimeEachAsync("the whole 2025 annual report of one agency (tables 二/三/四, draft, last year's facts)", 30, () => ReportBuilder.BuildAsync(db, ids[next++ % ids.Count], 2025));
    }

    private static async Task SeedAsync(GongkaiDbContext db, int count, int agencies)
    {
        var watch = Stopwatch.StartNew();
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        for (var a = 1; a <= agencies; a++) db.Agencies.Add(new Agency($"基准测试机关{a}"));
        await db.SaveChangesAsync();
        var first = await db.Agencies.MinAsync(a => a.Id);
        var outcomes = string.Join(',', Outcomes.Decidable.Select(o => o.RowCode).Distinct().Select(c => $"'{c}'"));
        var types = string.Join(',', Enum.GetNames<ApplicantType>().Select(t => $"'{t}'"));
        // In slices, so a slow disk shows progress; each row is what an officer registers, decided about a month later.
        const int slice = 1_000_000;
        for (var start = 0; start < count; start += slice)
        {
            // Built from the bench's own constants only.
            var insert = $"""
                INSERT INTO "Requests" ("AgencyId", "Number", "TrackingCode", "Applicant_Type", "Applicant_Name", "Applicant_IdNumber", "Applicant_Phone",
                    "Applicant_Address", "Channel", "ReceivedOn", "Description", "DeliveryForm", "State", "ClockStart", "ExtensionRequested", "Extended",
                    "OutcomeCode", "DecidedOn", "DueOn", "Version")
                SELECT {first} + i % {agencies}, 'B' || i, 'BENCH' || lpad(i::text, 11, '0'),
                    CASE WHEN i % 10 < 7 THEN 'NaturalPerson' ELSE (ARRAY[{types}])[2 + i % 5] END,
                    '申请人' || i, '1101011990' || lpad(i::text, 8, '0'), '138' || lpad(i::text, 8, '0'), '某地', 'Online', received,
                    '某项政府信息', '电子邮件', CASE WHEN decided > DATE '2026-11-25' THEN 'Received' ELSE 'Closed' END, received, false, false,
                    CASE WHEN decided > DATE '2026-11-25' THEN NULL ELSE (ARRAY[{outcomes}])[1 + (i * 7) % {Outcomes.Decidable.Select(o => o.RowCode).Distinct().Count()}] END,
                    CASE WHEN decided > DATE '2026-11-25' THEN NULL ELSE decided END,
                    CASE WHEN decided > DATE '2026-11-25' THEN received + 28 ELSE NULL END, 1
                FROM (SELECT i, DATE '2026-11-25' - ((i * 2654435761) % 1095)::int AS received,
                             DATE '2026-11-25' - ((i * 2654435761) % 1095)::int + (1 + i % 44)::int AS decided
                      FROM generate_series({start}::bigint, {Math.Min(start + slice, count) - 1}::bigint) AS i) AS r
                """;
            await db.Database.ExecuteSqlRawAsync(insert);
            Console.WriteLine($"  seeded {Math.Min(start + slice, count):N0} requests ({watch.Elapsed.TotalSeconds:F0} s)");
        }
        await db.Database.ExecuteSqlRawAsync("""VACUUM ANALYZE "Requests" """);
        Console.WriteLine($"seeded {count:N0} requests in {watch.Elapsed.TotalSeconds:F0} s");
    }
}
