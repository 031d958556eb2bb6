namespace Gongkai.Web.Supervision;

/// <summary>Wakes the worker when something was collected, so a small upload is read at once rather than at the next poll.</summary>
public sealed class CollectionSignal
{
    private readonly SemaphoreSlim _wake = new(0);

    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancel) => _wake.WaitAsync(timeout, cancel);
}

/// <summary>
/// Reads collected reports in the background. Every web instance runs one; they share the queue in the database, and
/// one that stops leaves its claim to be taken again (<see cref="Gongkai.Data.Supervision.SubmissionQueries.StaleClaim"/>).
/// </summary>
public sealed class CollectionWorker(IServiceScopeFactory scopes, CollectionSignal signal, ILogger<CollectionWorker> log) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var taken = 0;
            try
            {
                using var scope = scopes.CreateScope();
                taken = await scope.ServiceProvider.GetRequiredService<SubmissionReader>().ReadNextAsync(4 * Environment.ProcessorCount, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be away for a moment (or not yet migrated); the next round tries again.
                log.LogWarning(e, "Reading collected reports failed; retrying");
            }
            if (taken == 0)
            {
                try
                {
                    await signal.WaitAsync(Poll, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
