using Gongkai.Data.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Postgres;

/// <summary>PostgreSQL's migrations live in this assembly; <see cref="GongkaiDatabase"/> opens the database.</summary>
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
