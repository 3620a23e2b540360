using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Tests.Support;

/// <summary>Rebuilds Keygen's signing string from a response and checks its Keygen-Signature with the reference verifier.</summary>
internal static partial class ResponseSignatures
{
    /// <summary>True when the response's signature verifies over the given request parts (tests alter them to see it fail).</summary>
    public static bool Verify(string publicKeyHex, ApiResponse response, string method, string target, string host, byte[]? body = null, string? date = null)
    {
        var header = response.Header("Keygen-Signature") ?? throw new InvalidOperationException("The response is not signed.");
        var signature = Convert.FromBase64String(SignatureValue().Match(header).Groups[1].Value);
        var digest = "sha-256=" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(body ?? response.Body));
        var signingString = $"(request-target): {method.ToLowerInvariant()} {target}\nhost: {host}\ndate: {date ?? response.Header("Keygen-Date")}\ndigest: {digest}";
        return Ed25519Reference.Verify(Convert.FromHexString(publicKeyHex), Encoding.UTF8.GetBytes(signingString), signature);
    }

    [GeneratedRegex("signature=\"([^\"]+)\"")]
    private static partial Regex SignatureValue();
}
