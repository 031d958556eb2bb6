using Gongkai.Data.Guards;
using Gongkai.Data.PersonalData;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Gongkai.Data;

/// <summary>The two databases Gongkai runs on. Each keeps its migrations in its own assembly, named here.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a file, nothing to install.</summary>
    Sqlite,

    /// <summary>For a region-wide deployment.</summary>
    Postgres,
}

/// <summary>The one place that chooses and opens the database, for the web app, the CLI, the bench and the tests.</summary>
public static class GongkaiDatabase
{
    /// <summary>The provider a setting names; none is SQLite. A misspelt name is refused, never taken silently as SQLite.</summary>
    public static DatabaseProvider Provider(string? name) =>
        string.IsNullOrWhiteSpace(name) ? DatabaseProvider.Sqlite
        : Enum.GetValues<DatabaseProvider>().Cast<DatabaseProvider?>().FirstOrDefault(p => p.ToString()!.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
          ?? throw new ArgumentException($"数据库类型“{name}”不可用：只能是 Sqlite 或 Postgres。");

    public static DbContextOptionsBuilder UseGongkai(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, PersonalDataKey key) =>
        provider == DatabaseProvider.Postgres ? options.UseGongkaiPostgres(connectionString, key) : options.UseGongkaiSqlite(connectionString, key);

    public static DbContextOptionsBuilder UseGongkaiSqlite(this DbContextOptionsBuilder options, string connectionString, PersonalDataKey key) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("Gongkai.Data.Sqlite")).AddGongkaiGuards().UsePersonalDataKey(key);

    public static DbContextOptionsBuilder UseGongkaiPostgres(this DbContextOptionsBuilder options, string connectionString, PersonalDataKey key) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("Gongkai.Data.Postgres")).AddGongkaiGuards().UsePersonalDataKey(key);

    /// <summary>A context for <c>dotnet ef</c> alone: migrations read the model, never the data, so the key is never used.</summary>
    public static GongkaiDbContext ForMigrations(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(provider, connectionString, PersonalDataKey.Generate());
        return new GongkaiDbContext(options.Options);
    }

    /// <summary>
    /// Migrates the database, SQLite in write-ahead-log mode: pages, uploads and the background reader of collected reports
    /// write at once, and in SQLite's default journal a reader holding its lock made a writer fail with "database is
    /// locked" (seen uploading a province's ZIP while a large file was being read). SQLite has no lock that dies with its
    /// process: one killed while migrating leaves EF's lock row behind and every later start would wait on it for ever.
    /// The embedded database has a single process, and a migration takes seconds, so a lock older than a minute is stale
    /// and is released first.
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
