using System;
using System.Security.Cryptography;
using System.Text;

namespace Keygen.Emulator.Auth;

/// <summary>Random secrets in Keygen's formats, and the digest the emulator stores instead of them.</summary>
internal static class Secrets
{
    /// <summary><paramref name="bytes"/> random bytes as lower-case hex.</summary>
    public static string Hex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>A v3 token value: <c>&lt;prefix&gt;-&lt;hex&gt;v3</c>.</summary>
    public static string Token(string prefix, int bytes) => $"{prefix}-{Hex(bytes)}v3";

    /// <summary>Keygen's token-like ids (e.g. webhook idempotency tokens): hex whose last two characters are the version.</summary>
    public static string VersionedHex(int bytes) => Hex(bytes)[..^2] + "v3";

    public static string Digest(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
