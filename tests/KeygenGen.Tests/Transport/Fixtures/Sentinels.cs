namespace Keygen.Tests.Transport.Fixtures;

/// <summary>Secret values that must never show up in anything the SDK prints.</summary>
public static class Sentinels
{
    public const string Token = "admin-5e971ne1707e4c0ffee0123456789abcdef0123456789abcdef01234567v3";
    public const string LicenseKey = "SENTIN-EL0L1C-ENSE0K-EY0000-V3";
    public const string Email = "ops@example.com";
    public const string Password = "Sentinel-Passw0rd-7f3a9";

    /// <summary>How <see cref="Email"/> and <see cref="Password"/> travel in a Basic header.</summary>
    public static string BasicCredential => System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Email + ":" + Password));

    public static string[] All => [Token, LicenseKey, Password, BasicCredential];
}
