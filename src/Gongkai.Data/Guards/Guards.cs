
namespace Gongkai.Data.Guards;

public static class Guards
{
    /// <summary>The rules every save of Gongkai's database obeys, on either provider, from the web app, the CLI or a test.</summary>
    public static DbContextOptionsBuilder AddGongkaiGuards(this DbContextOptionsBuilder options) =>
        options.AddInterceptors(new YearLockGuard(), new AuditLogGuard(), new Search.DisclosureIndexer());
}
