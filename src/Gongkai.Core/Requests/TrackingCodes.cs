using System.Security.Cryptography;

namespace Gongkai.Requests;

public static class TrackingCodes
{
    /// <summary>An unguessable code for the applicant to follow the request: 16 characters, 80 bits, no look-alike letters.</summary>
    public static string New() => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
}
