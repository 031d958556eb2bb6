using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Sqlite;

/// <summary>SQLite, the embedded default: a file, nothing to install. Its migrations live in this assembly.</summary>
public static class SqliteDatabase
{
    public static DbContextOptionsBuilder UseGongkaiSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkaiSqlite("Data Source=design-time.db");
        return new GongkaiDbContext(options.Options);
    }
}
