using Gongkai.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests;

public class MigrationTests
{
    [Fact]
    public async Task A_lock_left_by_a_process_killed_while_migrating_does_not_stop_the_next_start()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gongkai-lock-{Guid.NewGuid():N}.db");
        await using (var sqlite = new SqliteConnection($"Data Source={file}"))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" VALUES (1, '2026-01-01 08:00:00.0000000+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkaiSqlite($"Data Source={file}");
        await using var db = new GongkaiDbContext(options.Options);
        // Without releasing the stale lock, migrating waits for ever; the token turns a hang into a failure.
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await db.Database.MigrateGongkaiAsync(cancel.Token);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Requests.CountAsync());
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
