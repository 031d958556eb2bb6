using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Sqlite;

/// <summary>SQLite's migrations live in this assembly; <see cref="GongkaiDatabase"/> opens the database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args) => GongkaiDatabase.ForMigrations(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
