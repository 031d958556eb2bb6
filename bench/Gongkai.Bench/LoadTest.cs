using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>What bench/load.sh needs from the database: a request to look up on the public tracking page.</summary>
public static class LoadTest
{
    public static async Task PrintTrackingCodeAsync(string provider, string connection)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        _ = provider == "Postgres" ? options.UseGongkaiPostgres(connection, BenchKey.Value) : options.UseGongkaiSqlite(connection, BenchKey.Value);
        await using var db = new GongkaiDbContext(options.Options);
        var request = await db.Requests.AsNoTracking().OrderBy(r => r.Id).FirstAsync();
        Console.WriteLine($"{request.TrackingCode} {request.Applicant.Phone[^4..]}");
    }
}
