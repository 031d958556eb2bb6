using System.Collections.Concurrent;
using Gongkai.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Web.Tests;

/// <summary>
/// The real web app on a real SQLite file (a new one per factory), in demo mode, with today fixed and every log line kept
/// so tests can check what the logs hold.
/// </summary>
public class GongkaiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"gongkai-test-{Guid.NewGuid():N}.db");

    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Where the app keeps the key of applicants' personal data (created on its first start), apart from the database.</summary>
    public string PersonalDataKeyFile { get; } = Path.Combine(Path.GetTempPath(), $"gongkai-test-{Guid.NewGuid():N}.key");

    /// <summary>The database file, to read as someone who copied it would.</summary>
    public string DatabaseFile => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // What users see: no developer exception page.
        builder.UseEnvironment("Production");
        UseDatabase(builder);
        builder.UseSetting("Gongkai:PersonalDataKeyFile", PersonalDataKeyFile);
        builder.UseSetting("Gongkai:Demo", "true");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FixedTime(Now));
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new KeepingLoggerProvider(Logs)));
        });
    }

    /// <summary>A new SQLite file; <see cref="PostgresFactory"/> puts the app on PostgreSQL instead.</summary>
    protected virtual void UseDatabase(IWebHostBuilder builder) => builder.UseSetting("ConnectionStrings:Gongkai", $"Data Source={_database}");

    public T Scoped<T>(Func<GongkaiDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    public async Task<T> ScopedAsync<T>(Func<GongkaiDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    /// <summary>
    /// Reads every collected report still waiting, with the app's own reader, as its background worker would; returns when
    /// none waits (one the worker holds is waited for) and fails the test if that takes over a minute.
    /// </summary>
    public async Task DrainCollectionAsync()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(1))
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            if (!await db.Submissions.AnyAsync(s => s.State == Gongkai.Supervision.SubmissionState.Pending)) return;
            if (await scope.ServiceProvider.GetRequiredService<Gongkai.Web.Supervision.SubmissionReader>().ReadNextAsync(8) == 0)
                await Task.Delay(100); // the background worker holds what is left
        }
        throw new TimeoutException("The collected reports were not read within a minute.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm", PersonalDataKeyFile })
            if (File.Exists(file)) File.Delete(file);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private sealed class KeepingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new KeepingLogger(lines);

        public void Dispose() { }
    }

    private sealed class KeepingLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}
