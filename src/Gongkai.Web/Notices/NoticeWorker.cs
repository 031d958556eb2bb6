using Microsoft.Extensions.Options;

namespace Gongkai.Web.Notices;

/// <summary>In the background: queues deadline reminders once an hour and sends what is due every few seconds.</summary>
public sealed class NoticeWorker(IServiceScopeFactory scopes, IOptions<NoticeOptions> options, ILogger<NoticeWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Email && !options.Value.Text) return;
        var lastDeadlines = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                if (DateTimeOffset.UtcNow - lastDeadlines > TimeSpan.FromHours(1))
                {
                    await scope.ServiceProvider.GetRequiredService<NoticeQueue>().AddDeadlinesAsync(stoppingToken);
                    lastDeadlines = DateTimeOffset.UtcNow;
                }
                await scope.ServiceProvider.GetRequiredService<NoticeSender>().SendDueAsync(cancel: stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be away for a moment; the next round tries again.
                log.LogWarning(e, "Sending notices failed; retrying");
            }
            try
            {
                await Task.Delay(options.Value.Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
