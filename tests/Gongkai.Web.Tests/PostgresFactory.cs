using Microsoft.AspNetCore.Hosting;

namespace Gongkai.Web.Tests;

/// <summary>
/// The same app on PostgreSQL, by configuration alone, on a new database of the server that the README's test command
/// starts (GONGKAI_TEST_POSTGRES), with the dashboards reading through the replica setting; dropped afterwards.
/// </summary>
public sealed class PostgresFactory : GongkaiFactory
{
    private string? _connection;

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        var server = Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES")
            ?? throw new InvalidOperationException("GONGKAI_TEST_POSTGRES is not set: run the README's test command, which starts PostgreSQL.");
        var connection = $"{server};Database=gongkai_web_{Guid.NewGuid():N}";
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Gongkai", connection);
        // The dashboards read through the replica connection, here the same server, as a province's would.
        builder.UseSetting("ConnectionStrings:GongkaiReplica", connection);
        _connection = connection;
    }

    /// <summary>
    /// Stops the app (its background workers hold connections of their own), then drops the database by force from the
    /// server's maintenance database, so a connection still in a pool cannot keep it.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connection is null) return;
        var database = new Npgsql.NpgsqlConnectionStringBuilder(_connection).Database!;
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var maintenance = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(_connection) { Database = "postgres", Pooling = false }.ConnectionString);
        await maintenance.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", maintenance);
        await drop.ExecuteNonQueryAsync();
        _connection = null;
    }
}
