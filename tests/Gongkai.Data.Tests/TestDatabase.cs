using Gongkai.Data.PersonalData;
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

    /// <summary>The key applicants' personal data is encrypted with: one for the test run, as one for a deployment.</summary>
    public static PersonalDataKey Key { get; } = PersonalDataKey.Generate();

    /// <summary>Another context on the same database, as another web instance would have.</summary>
    public GongkaiDbContext NewContext() => new(_options);

    private readonly Provider _provider;
    private readonly string _connection;

    private TestDatabase(Provider provider)
    {
        _provider = provider;
        if (provider == Provider.Sqlite)
        {
            _file = Path.Combine(Path.GetTempPath(), $"gongkai-data-{Guid.NewGuid():N}.db");
            _connection = $"Data Source={_file}";
        }
        else
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the README's test command, which starts PostgreSQL.");
            _connection = $"{server};Database=gongkai_test_{Guid.NewGuid():N}";
        }
        _options = Options(Key);
        Context = new GongkaiDbContext(_options);
    }

    /// <summary>A context on the same database opened with another personal data key, as a misconfigured instance would.</summary>
    public GongkaiDbContext NewContext(PersonalDataKey key) => new(Options(key));

    /// <summary>The SQLite file and its write-ahead log, as a copy of the database would hold them; none on PostgreSQL.</summary>
    public IEnumerable<string> Files => _file is null ? [] : new[] { _file, _file + "-wal" }.Where(File.Exists);

    private DbContextOptions<GongkaiDbContext> Options(PersonalDataKey key)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        _ = _provider == Provider.Sqlite ? options.UseGongkaiSqlite(_connection, key) : options.UseGongkaiPostgres(_connection, key);
        return options.Options;
    }

    public static async Task<TestDatabase> CreateAsync(Provider provider = Provider.Sqlite)
    {
        var database = new TestDatabase(provider);
        await database.Context.Database.MigrateAsync();
        return database;
    }

    /// <summary>
    /// Drops the PostgreSQL database. Npgsql terminates the database's other sessions first, which a server refuses for a
    /// session it holds for a moment under another role (42501): the drop is tried again, and a database left behind
    /// (its name is unique) fails no test.
    /// </summary>
    private async Task DropAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Context.Database.EnsureDeletedAsync();
                return;
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == "42501")
            {
                if (attempt == 5) return;
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is null) await DropAsync();
        await Context.DisposeAsync();
        if (_file is null) return;
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
