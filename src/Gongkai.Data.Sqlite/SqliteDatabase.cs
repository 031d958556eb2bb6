using Gongkai.Data.Guards;
using Gongkai.Data.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Gongkai.Data.Sqlite;

/// <summary>SQLite, the embedded default: a file, nothing to install. Its migrations live in this assembly.</summary>
public static class SqliteDatabase
{
    public static DbContextOptionsBuilder UseGongkaiSqlite(this DbContextOptionsBuilder options, string connectionString, PersonalDataKey key) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name)).AddGongkaiGuards().UsePersonalDataKey(key);

    /// <summary>
    /// Migrates the database, in write-ahead-log mode: pages, uploads and the background reader of collected reports
    /// write at once, and in SQLite's default journal a reader holding its lock made a writer fail with "database is
    /// locked" (seen uploading a province's ZIP while a large file was being read). SQLite has no lock that dies with its process: one killed while migrating leaves EF's lock
    /// row behind and every later start would wait on it for ever. The embedded database has a single process, and a
    /// migration takes seconds, so a lock older than a minute is stale and is released first.
    /// </summary>
    public static async Task MigrateGongkaiAsync(this DatabaseFacade database, CancellationToken cancel = default)
    {
        if (database.IsSqlite())
        {
            var connection = database.GetDbConnection();
            await connection.OpenAsync(cancel);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if ((long)(await command.ExecuteScalarAsync(cancel))! > 0)
            {
                command.CommandText = "DELETE FROM __EFMigrationsLock WHERE datetime(substr(Timestamp, 1, 19)) < datetime('now', '-1 minute')";
                await command.ExecuteNonQueryAsync(cancel);
            }
            command.CommandText = "PRAGMA journal_mode = WAL";
            await command.ExecuteNonQueryAsync(cancel);
            await connection.CloseAsync();
        }
        await database.MigrateAsync(cancel);
    }
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        // Migrations read only the columns; the key is never used at design time.
        options.UseGongkaiSqlite("Data Source=design-time.db", PersonalDataKey.Generate());
        return new GongkaiDbContext(options.Options);
    }
}
