using System;
using System.Globalization;
using System.Security.Cryptography;

namespace Keygen.Emulator.Signing;

/// <summary>
/// Keygen's response signature (draft-cavage-http-signatures-08): the signing string is four lines, the request
/// target exactly as received, the host without its port, the Date header and the Digest header.
/// </summary>
internal static class ResponseSignature
{
    public static string Digest(ReadOnlySpan<byte> body) => "sha-256=" + Convert.ToBase64String(SHA256.HashData(body));

    public static string HttpDate(DateTimeOffset time) => time.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    public static string SigningString(string method, string target, string host, string date, string digest) =>
        $"(request-target): {method.ToLowerInvariant()} {(target.Length == 0 ? "/" : target)}\n" +
        $"host: {host}\n" +
        $"date: {date}\n" +
        $"digest: {digest}";

    public static string Header(Guid accountId, string algorithm, string signature) =>
        $"keyid=\"{accountId}\", algorithm=\"{algorithm}\", signature=\"{signature}\", headers=\"(request-target) host date digest\"";
}
