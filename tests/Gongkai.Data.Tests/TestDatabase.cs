using Gongkai.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests;

/// <summary>A new SQLite file, migrated, for one test; deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"gongkai-data-{Guid.NewGuid():N}.db");

    public GongkaiDbContext Context { get; }

    private TestDatabase()
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkaiSqlite($"Data Source={_file}");
        Context = new GongkaiDbContext(options.Options);
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await database.Context.Database.MigrateAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
