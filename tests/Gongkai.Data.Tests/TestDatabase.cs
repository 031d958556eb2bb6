using Gongkai.Data.Postgres;
using Gongkai.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A new, migrated database for one test: a SQLite file, or a database on the PostgreSQL server that the README's test
/// command starts (its connection string in GONGKAI_TEST_POSTGRES). Deleted afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "GONGKAI_TEST_POSTGRES";
    private readonly string? _file;
    private readonly DbContextOptions<GongkaiDbContext> _options;

    public GongkaiDbContext Context { get; }

    /// <summary>Another context on the same database, as another web instance would have.</summary>
    public GongkaiDbContext NewContext() => new(_options);

    private TestDatabase(Provider provider)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        if (provider == Provider.Sqlite)
        {
            _file = Path.Combine(Path.GetTempPath(), $"gongkai-data-{Guid.NewGuid():N}.db");
            options.UseGongkaiSqlite($"Data Source={_file}");
        }
        else
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the README's test command, which starts PostgreSQL.");
            options.UseGongkaiPostgres($"{server};Database=gongkai_test_{Guid.NewGuid():N}");
        }
        _options = options.Options;
        Context = new GongkaiDbContext(_options);
    }

    public static async Task<TestDatabase> CreateAsync(Provider provider = Provider.Sqlite)
    {
        var database = new TestDatabase(provider);
        await database.Context.Database.MigrateAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is null) await Context.Database.EnsureDeletedAsync();
        await Context.DisposeAsync();
        if (_file is null) return;
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
