using Gongkai.Data.PersonalData;
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
        options.UseGongkaiSqlite($"Data Source={file}", PersonalDataKey.Generate());
        await using var db = new GongkaiDbContext(options.Options);
        // Without releasing the stale lock, migrating waits for ever; the token turns a hang into a failure.
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await db.Database.MigrateGongkaiAsync(cancel.Token);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Requests.CountAsync());
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Fact]
    public async Task A_page_can_save_while_the_background_reader_holds_a_read_of_the_embedded_database()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gongkai-wal-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        // A short busy timeout: without write-ahead logging the save would wait for the reader, then fail as locked.
        options.UseGongkaiSqlite($"Data Source={file};Default Timeout=2", PersonalDataKey.Generate());
        await using (var db = new GongkaiDbContext(options.Options))
        {
            await db.Database.MigrateGongkaiAsync();
            db.Agencies.Add(new Gongkai.Agencies.Agency("某县财政局"));
            await db.SaveChangesAsync();
        }
        await using (var reader = new SqliteConnection($"Data Source={file}"))
        {
            await reader.OpenAsync();
            await using var read = reader.CreateCommand();
            read.CommandText = "BEGIN; SELECT COUNT(*) FROM Agencies;";
            await read.ExecuteScalarAsync();

            await using var page = new GongkaiDbContext(options.Options);
            page.Agencies.Add(new Gongkai.Agencies.Agency("某县教育局"));
            await page.SaveChangesAsync();
            Assert.Equal(2, await page.Agencies.CountAsync());
        }
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
    }
}
