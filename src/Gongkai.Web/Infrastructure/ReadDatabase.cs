using Gongkai.Data.PersonalData;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// The database the supervision dashboards read: a PostgreSQL read replica where <c>ConnectionStrings:GongkaiReplica</c>
/// names one (a province's dashboards then load the replica, not the primary that takes the requests), else the primary.
/// A replica may lag the primary by a moment; the dashboards can bear that.
/// </summary>
public sealed class ReadDatabase(GongkaiDbContext primary, IConfiguration configuration, PersonalDataKey key) : IAsyncDisposable
{
    private GongkaiDbContext? _replica;

    public GongkaiDbContext Db
    {
        get
        {
            if (configuration.GetConnectionString("GongkaiReplica") is not { Length: > 0 } replica) return primary;
            if (_replica is null)
            {
                var options = new DbContextOptionsBuilder<GongkaiDbContext>();
                GongkaiApp.UseDatabase(options, configuration, replica, key).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
                _replica = new GongkaiDbContext(options.Options);
            }
            return _replica;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_replica is not null) await _replica.DisposeAsync();
    }
}
