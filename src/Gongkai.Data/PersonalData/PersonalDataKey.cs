using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Data.PersonalData;

/// <summary>
/// The key that encrypts applicants' ID numbers, phones, addresses and e-mail in the database (个人信息保护法: an ID number
/// is sensitive personal information). It is kept outside the database, so a copy of the database alone reveals none of
/// them: from configuration (<c>Gongkai:PersonalDataKey</c>, 32 bytes in Base64, e.g. from a secret store) or from a key
/// file created on first start. Losing it loses those fields; it belongs in the same safe as the backups, not beside them.
/// </summary>
public sealed class PersonalDataKey
{
    /// <summary>What every encrypted value begins with; a value without it was stored before encryption existed.</summary>
    public const string Prefix = "pd1:";

    /// <summary>Where the key is kept when configuration gives none: beside the working folder, never in the database.</summary>
    public const string DefaultFile = "personal-data.key";
    private const int NonceSize = 12, TagSize = 16;
    private readonly byte[] _key;

    private PersonalDataKey(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException("The personal data key must be 32 bytes (Base64 of 32 random bytes).");
        _key = key;
        Id = Convert.ToHexString(SHA256.HashData(key).AsSpan(0, 8));
    }

    /// <summary>A fingerprint that names the key without revealing it (models built with different keys are kept apart).</summary>
    public string Id { get; }

    public static PersonalDataKey Generate() => new(RandomNumberGenerator.GetBytes(32));

    public static PersonalDataKey FromBase64(string base64)
    {
        try { return new PersonalDataKey(Convert.FromBase64String(base64.Trim())); }
        catch (FormatException) { throw new ArgumentException("The personal data key is not Base64."); }
    }

    /// <summary>
    /// The configured key if there is one, otherwise the key in this file (<see cref="DefaultFile"/> if none is named),
    /// created (readable by its owner only) if absent.
    /// </summary>
    public static PersonalDataKey Load(string? configured, string? keyFile)
    {
        keyFile ??= DefaultFile;
        if (!string.IsNullOrWhiteSpace(configured)) return FromBase64(configured);
        if (!File.Exists(keyFile))
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var writer = new StreamWriter(keyFile, Encoding.ASCII, options);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(keyFile))
            {
                // Another process created it first: use theirs.
            }
        }
        return FromBase64(File.ReadAllText(keyFile));
    }

    /// <summary>AES-256-GCM with a fresh nonce; the field's name is bound in, so a value cannot be moved to another field.</summary>
    public string Protect(string field, string value)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(field));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The value; one stored before encryption existed (no prefix) is returned as it is, and encrypted at the next start.</summary>
    public string Unprotect(string field, string stored)
    {
        if (!IsProtected(stored)) return stored;
        var sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
        var length = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(_key, TagSize);
        try
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain, Encoding.UTF8.GetBytes(field));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new InvalidOperationException($"Personal data in field {field} does not open with key {Id}: the database was encrypted with another key (Gongkai:PersonalDataKey or the key file).");
        }
        return Encoding.UTF8.GetString(plain);
    }

    public static bool IsProtected(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The stored length of a value of at most this many characters (UTF-8 up to 3 bytes each, Base64, prefix).</summary>
    public static int StoredLength(int characters) => Prefix.Length + (NonceSize + characters * 3 + TagSize + 2) / 3 * 4;
}
