using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Postgres;

/// <summary>PostgreSQL's migrations live in this assembly; <see cref="GongkaiDatabase"/> opens the database.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args) => GongkaiDatabase.ForMigrations(DatabaseProvider.Postgres, "Host=localhost;Database=gongkai_design;Username=gongkai");
}
