using Gongkai.Data.Guards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Postgres;

/// <summary>PostgreSQL, for a region-wide deployment. Its migrations live in this assembly.</summary>
public static class PostgresDatabase
{
    public static DbContextOptionsBuilder UseGongkaiPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name)).AddGongkaiGuards();
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkaiPostgres("Host=localhost;Database=gongkai_design;Username=gongkai");
        return new GongkaiDbContext(options.Options);
    }
}
