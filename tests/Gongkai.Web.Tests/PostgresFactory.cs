using Microsoft.AspNetCore.Hosting;

namespace Gongkai.Web.Tests;

/// <summary>
/// The same app on PostgreSQL, by configuration alone, on a new database of the server that the README's test command
/// starts (GONGKAI_TEST_POSTGRES), with the dashboards reading through the replica setting; dropped afterwards.
/// </summary>
public sealed class PostgresFactory : GongkaiFactory
{
    private bool _started;

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        var server = Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES")
            ?? throw new InvalidOperationException("GONGKAI_TEST_POSTGRES is not set: run the README's test command, which starts PostgreSQL.");
        var connection = $"{server};Database=gongkai_web_{Guid.NewGuid():N}";
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Gongkai", connection);
        // The dashboards read through the replica connection, here the same server, as a province's would.
        builder.UseSetting("ConnectionStrings:GongkaiReplica", connection);
        _started = true;
    }

    /// <summary>Drops the database while the app still runs (the base class stops it, then disposes).</summary>
    public override async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await ScopedAsync(db => db.Database.EnsureDeletedAsync());
            _started = false;
        }
        await base.DisposeAsync();
    }
}
