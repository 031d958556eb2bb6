using System.Collections.Concurrent;

namespace Gongkai.Web.Access;

/// <summary>
/// Wrong passwords slow down whoever types them, with a wait that doubles after each failure past the first few: per
/// account name and client (so nobody can keep an officer out from elsewhere), and per client over all names (so one
/// client cannot try a password against every account). Names that have no account are treated exactly alike, so the
/// answers tell nothing of which accounts exist. Kept in memory: each instance throttles the clients it serves.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    private const int FreePerAccount = 3, FreePerClient = 20;
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> _failures = new();

    /// <summary>How long this client must wait before it may try this name again; zero when it may now.</summary>
    public TimeSpan Wait(string account, string client)
    {
        var now = time.GetUtcNow();
        var until = new[] { Key(account, client), client }.Select(k => _failures.TryGetValue(k, out var f) ? f.Until : now).Max();
        return until > now ? until - now : TimeSpan.Zero;
    }

    public void Failed(string account, string client)
    {
        Count(Key(account, client), FreePerAccount);
        Count(client, FreePerClient);
    }

    public void Succeeded(string account, string client) => _failures.TryRemove(Key(account, client), out _);

    private void Count(string key, int free)
    {
        var now = time.GetUtcNow();
        _failures.AddOrUpdate(key, _ => (1, now), (_, f) =>
        {
            var failures = f.Failures + 1;
            var wait = failures <= free ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Longest.TotalSeconds, Math.Pow(2, failures - free)));
            return (failures, now + wait);
        });
        if (_failures.Count > 100_000) _failures.Clear();
    }

    private static string Key(string account, string client) => account.Trim().ToUpperInvariant() + "|" + client;

    public static string Message(TimeSpan wait) => $"登录尝试过于频繁，请{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))}秒后再试。";
}
