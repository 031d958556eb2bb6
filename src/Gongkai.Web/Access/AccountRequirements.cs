namespace Gongkai.Web.Access;

/// <summary>
/// Before anything else, a signed-in account does what its sign-in still owes: a new password after an administrator's
/// reset, and a second factor where the access table requires one. Account pages themselves stay reachable.
/// </summary>
public static class AccountRequirements
{
    public static IApplicationBuilder UseAccountRequirements(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        var path = context.Request.Path;
        if (user.Identity?.IsAuthenticated == true && !path.StartsWithSegments("/Account") && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/Public"))
        {
            var owed = user.HasClaim(Roles.MustChangePasswordClaim, "true") ? "/Account/Password"
                : AccessTable.RequiresTwoFactor(user.StaffRoles()) && !user.HasClaim(Roles.TwoFactorClaim, "true") ? "/Account/Authenticator"
                : null;
            if (owed is not null)
            {
                if (path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status403Forbidden;
                else context.Response.Redirect(owed);
                return;
            }
        }
        await next();
    });
}
