using System.Collections.Generic;

namespace Keygen.Emulator.Signing;

/// <summary>The response signature algorithms Keygen offers through <c>Keygen-Accept-Signature</c>.</summary>
internal static class SignatureAlgorithms
{
    public const string Ed25519 = "ed25519";
    public const string RsaPssSha256 = "rsa-pss-sha256";
    public const string RsaSha256 = "rsa-sha256";
    public const string EcdsaP256 = "ecdsa-p256";

    public static readonly IReadOnlyList<string> All = [Ed25519, RsaPssSha256, RsaSha256, EcdsaP256];
}
