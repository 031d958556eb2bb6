using Gongkai.Data.Guards;
using Gongkai.Data.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Postgres;

/// <summary>PostgreSQL, for a region-wide deployment. Its migrations live in this assembly.</summary>
public static class PostgresDatabase
{
    public static DbContextOptionsBuilder UseGongkaiPostgres(this DbContextOptionsBuilder options, string connectionString, PersonalDataKey key) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name)).AddGongkaiGuards().UsePersonalDataKey(key);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        // Migrations read only the columns; the key is never used at design time.
        options.UseGongkaiPostgres("Host=localhost;Database=gongkai_design;Username=gongkai", PersonalDataKey.Generate());
        return new GongkaiDbContext(options.Options);
    }
}
