using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Artifacts;

/// <summary>
/// The emulator's stand-in for Keygen's object storage: presigned URLs on the emulator's own host,
/// <c>/-/storage/{account}/{artifact}/{filename}?expires=…&amp;signature=…</c>, valid for one method until they expire.
/// <see cref="StorageEndpoint"/> serves them.
/// </summary>
internal static class ArtifactStorage
{
    public const string PathPrefix = "/-/storage/";

    /// <summary>Keygen's default link lifetime: one hour.</summary>
    public const int DefaultTtlSeconds = 3600;

    public static string PresignedUrl(ApiRequest request, Artifact artifact, string method, string filename, int ttlSeconds)
    {
        var path = $"{PathPrefix}{request.Account.Account.Id}/{artifact.Id}/{Uri.EscapeDataString(filename)}";
        var expires = request.Now.AddSeconds(ttlSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return request.AbsoluteUrl($"{path}?expires={expires}&signature={Sign(artifact, method, path, expires)}");
    }

    /// <summary>Whether a storage request carries a signature the emulator made for this method and path, not yet expired.</summary>
    public static bool IsValid(Artifact artifact, string method, string path, string? expires, string? signature, DateTimeOffset now) =>
        expires is not null && signature is not null
        && long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
        && DateTimeOffset.FromUnixTimeSeconds(unix) > now
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(artifact, method, path, expires)), Encoding.ASCII.GetBytes(signature));

    private static string Sign(Artifact artifact, string method, string path, string expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(artifact.StorageSecret, Encoding.UTF8.GetBytes($"{method}\n{path}\n{expires}")));
}
