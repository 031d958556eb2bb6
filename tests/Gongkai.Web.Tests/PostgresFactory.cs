using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// The same app on PostgreSQL, by configuration alone, on a new database of the server that the README's test command
/// starts (GONGKAI_TEST_POSTGRES); dropped afterwards.
/// </summary>
public sealed class PostgresFactory : GongkaiFactory
{
    private readonly string _connection = (Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES")
        ?? throw new InvalidOperationException("GONGKAI_TEST_POSTGRES is not set: run the README's test command, which starts PostgreSQL."))
        + $";Database=gongkai_web_{Guid.NewGuid():N}";

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Gongkai", _connection);
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            Scoped(db => db.Database.EnsureDeleted());
        }
        catch (ObjectDisposedException)
        {
            // The host was never started: nothing was created.
        }
        base.Dispose(disposing);
    }
}
