using System;

namespace Keygen.Signatures;

/// <summary>The signing algorithms Keygen uses for responses, webhooks and license files (keygen-api.md §1.14).</summary>
internal enum SigningAlgorithm
{
    Ed25519,
    RsaPssSha256,
    RsaPkcs1Sha256,
}

internal static class SignatureAlgorithms
{
    /// <summary>Maps Keygen's algorithm name; <c>ecdsa-p256</c> and unknown names give null.</summary>
    public static SigningAlgorithm? FromName(string name) => name.ToLowerInvariant() switch
    {
        "ed25519" => SigningAlgorithm.Ed25519,
        "rsa-pss-sha256" => SigningAlgorithm.RsaPssSha256,
        "rsa-sha256" => SigningAlgorithm.RsaPkcs1Sha256,
        _ => null,
    };
}
