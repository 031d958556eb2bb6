using System.Security.Claims;
using Gongkai.Data;

namespace Gongkai.Web.Infrastructure;

/// <summary>Writes the audit log for the signed-in user of the current request (or for the system, in background work).</summary>
public sealed class AuditLog(GongkaiDbContext db, Clock clock, IHttpContextAccessor http)
{
    public async Task RecordAsync(AuditAction action, int? agencyId, string? target, string detail = "", ClaimsPrincipal? actor = null)
    {
        var context = http.HttpContext;
        var user = actor ?? context?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        db.AuditLog.Add(new AuditEntry(clock.Now, action, agencyId,
            signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            signedIn ? $"{user!.DisplayName()}（{user!.Identity!.Name}）" : context is null ? "系统" : "未登录",
            target ?? "", detail, context?.Connection.RemoteIpAddress?.ToString() ?? ""));
        await db.SaveChangesAsync();
    }
}
