using System.Security.Claims;

namespace Gongkai.Web.Infrastructure;

/// <summary>Writes the audit log for the signed-in user of the current request (or for the system, in background work).</summary>
public sealed class AuditLog(GongkaiDbContext db, Clock clock, IHttpContextAccessor http)
{
    public async Task RecordAsync(AuditAction action, int? agencyId, string? target, string detail = "")
    {
        var context = http.HttpContext;
        var user = context?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        db.AuditLog.Add(new AuditEntry(clock.Now, action, agencyId,
            signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            signedIn ? $"{user!.DisplayName()}（{user!.Identity!.Name}）" : context is null ? "系统" : "未登录",
            target ?? "", detail, context?.Connection.RemoteIpAddress?.ToString() ?? ""));
        await db.SaveChangesAsync();
    }

    /// <summary>A view of a request with its applicant's ID number, phone and address in full, on a page or through the API.</summary>
    public Task PersonalDataViewedAsync(Gongkai.Requests.InformationRequest request, string via) =>
        RecordAsync(AuditAction.PersonalDataViewed, request.AgencyId, $"申请{request.Number}", via);
}
