using System;
using System.Collections.Generic;

namespace Keygen.Signatures;

/// <summary>The parameters of a <c>Keygen-Signature</c> header (draft-cavage-http-signatures):
/// <c>keyid="…", algorithm="ed25519", signature="…", headers="(request-target) host date digest"</c>.</summary>
internal sealed record SignatureParameters(string? KeyId, string? Algorithm, string? Signature, string? Headers)
{
    /// <summary>Parses comma-separated <c>name="value"</c> pairs; null when malformed or a name repeats.</summary>
    public static SignatureParameters? Parse(string header)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = header.AsSpan();
        while (!(rest = rest.TrimStart(" \t,")).IsEmpty)
        {
            var equals = rest.IndexOf('=');
            if (equals <= 0 || equals + 1 >= rest.Length || rest[equals + 1] != '"')
            {
                return null;
            }

            var name = rest[..equals].Trim().ToString();
            rest = rest[(equals + 2)..];
            var close = rest.IndexOf('"');
            if (close < 0 || !values.TryAdd(name, rest[..close].ToString()))
            {
                return null;
            }

            rest = rest[(close + 1)..];
        }

        return new SignatureParameters(
            values.GetValueOrDefault("keyid"),
            values.GetValueOrDefault("algorithm"),
            values.GetValueOrDefault("signature"),
            values.GetValueOrDefault("headers"));
    }
}
