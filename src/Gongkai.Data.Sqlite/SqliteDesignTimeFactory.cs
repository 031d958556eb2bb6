using Gongkai.Data.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Sqlite;

/// <summary>SQLite's migrations live in this assembly; <see cref="GongkaiDatabase"/> opens the database.</summary>
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
