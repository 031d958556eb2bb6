using Microsoft.AspNetCore.Identity;

namespace Gongkai.Data;

/// <summary>An account: it belongs to one agency and sees only that agency's data.</summary>
public sealed class User : IdentityUser
{
    public int AgencyId { get; set; }
    public string DisplayName { get; set; } = "";
    /// <summary>Set when an administrator resets the password: the next sign-in must choose a new one first.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>The disclosure review stages this person decides ("Initial,Secrecy"), given by the agency's administrator.</summary>
    public string ReviewDuties { get; set; } = "";
}
