using System;

namespace Keygen.Signatures;

/// <summary>The signing algorithms Keygen uses for responses, webhooks and license files (keygen-api.md §1.14).</summary>
internal enum SignatureAlgorithm
{
    Ed25519,
    RsaPssSha256,
    RsaPkcs1Sha256,
}

internal static class SignatureAlgorithms
{
    /// <summary>Maps Keygen's algorithm name; <c>ecdsa-p256</c> and unknown names give null.</summary>
    public static SignatureAlgorithm? FromName(string name) => name.ToLowerInvariant() switch
    {
        "ed25519" => SignatureAlgorithm.Ed25519,
        "rsa-pss-sha256" => SignatureAlgorithm.RsaPssSha256,
        "rsa-sha256" => SignatureAlgorithm.RsaPkcs1Sha256,
        _ => null,
    };
}
