using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Access;

/// <summary>Puts the account's agency and name into its sign-in, so every page can scope its queries to that agency.</summary>
public sealed class AgencyClaimsFactory(UserManager<User> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Roles.AgencyClaim, user.AgencyId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(Roles.DisplayNameClaim, user.DisplayName));
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(Roles.TwoFactorClaim, "true"));
        if (user.MustChangePassword) identity.AddClaim(new Claim(Roles.MustChangePasswordClaim, "true"));
        return identity;
    }
}
