using System;

namespace Keygen.Signatures;

/// <summary>
/// The account's public keys, as served in <c>GET /v1/accounts/{account}</c> → <c>data.meta.keys</c>.
/// Give the ones your account signs with; a signature made with an algorithm whose key is absent is rejected.
/// </summary>
public sealed class KeygenPublicKeys
{
    /// <summary>Creates a key set.</summary>
    /// <param name="ed25519">The Ed25519 key (Keygen's default for responses, webhooks and license files).</param>
    /// <param name="rsa">The RSA-2048 key (RSA signed-key schemes and <c>rsa-*</c> signatures).</param>
    /// <exception cref="ArgumentException">Both keys are null.</exception>
    public KeygenPublicKeys(Ed25519PublicKey? ed25519 = null, RsaPublicKey? rsa = null)
    {
        if (ed25519 is null && rsa is null)
        {
            throw new ArgumentException("Give at least one public key.", nameof(ed25519));
        }

        Ed25519 = ed25519;
        Rsa = rsa;
    }

    /// <summary>The Ed25519 key, if given.</summary>
    public Ed25519PublicKey? Ed25519 { get; }

    /// <summary>The RSA-2048 key, if given.</summary>
    public RsaPublicKey? Rsa { get; }

    /// <summary>Reads the keys in the form the account resource serves them (<c>keys.ed25519</c>, <c>keys.rsa2048</c>), or the dashboard form.</summary>
    /// <param name="ed25519">Base64 of the hex key, or the hex key; null if unused.</param>
    /// <param name="rsa2048">Base64 of the PEM, or the PEM; null if unused.</param>
    /// <exception cref="KeygenVerificationException">A key is malformed.</exception>
    /// <exception cref="ArgumentException">Both keys are null.</exception>
    public static KeygenPublicKeys Parse(string? ed25519, string? rsa2048 = null) =>
        new(ed25519 is null ? null : Ed25519PublicKey.Parse(ed25519), rsa2048 is null ? null : RsaPublicKey.Parse(rsa2048));

    /// <summary>Whether a key for <paramref name="algorithm"/> was given.</summary>
    internal bool Supports(SigningAlgorithm algorithm) => algorithm == SigningAlgorithm.Ed25519 ? Ed25519 is not null : Rsa is not null;

    /// <summary>Why <paramref name="algorithm"/> cannot be verified with this key set.</summary>
    internal static string MissingKeyMessage(SigningAlgorithm algorithm) =>
        $"The data is signed with {(algorithm == SigningAlgorithm.Ed25519 ? "Ed25519" : "RSA")}, but no such public key was configured.";

    /// <summary>Checks <paramref name="signature"/> over <paramref name="data"/>; false when it does not verify.
    /// Call <see cref="Supports"/> first.</summary>
    internal bool Verify(SigningAlgorithm algorithm, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => algorithm switch
    {
        SigningAlgorithm.Ed25519 => Ed25519!.Verify(data, signature),
        SigningAlgorithm.RsaPssSha256 => Rsa!.VerifyPssSha256(data, signature),
        SigningAlgorithm.RsaPkcs1Sha256 => Rsa!.VerifyPkcs1Sha256(data, signature),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };
}
