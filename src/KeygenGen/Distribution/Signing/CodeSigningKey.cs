using System;
using System.Text;
using Keygen.Signatures;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace Keygen.Distribution;

/// <summary>
/// The public half of the vendor's own code-signing key (<c>keygen genkey</c> writes it as 64 hex characters): what a
/// licensed app checks an artifact's <c>signature</c> with before installing it. It must not be the Keygen account's key,
/// which signs API responses: artifacts are signed by whoever publishes them, with a key Keygen never holds.
/// </summary>
public sealed class CodeSigningKey : IEquatable<CodeSigningKey>
{
    private const int KeyLength = 32;
    private readonly byte[] _key;

    private CodeSigningKey(byte[] key)
    {
        _key = key;
    }

    /// <summary>Reads the key as <c>keygen genkey</c> writes it: 64 hex characters.</summary>
    /// <param name="hex">The key.</param>
    /// <exception cref="KeygenVerificationException">The text is not a 32-byte Ed25519 public key in hex.</exception>
    public static CodeSigningKey Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var trimmed = hex.Trim();
        var raw = trimmed.Length == KeyLength * 2 ? Encodings.FromHex(trimmed) : null;
        return raw is null ? throw Invalid("expected 64 hex characters (the public key keygen genkey writes)") : FromBytes(raw);
    }

    /// <summary>Wraps the raw 32-byte key.</summary>
    /// <param name="key">The key bytes.</param>
    /// <exception cref="KeygenVerificationException">The bytes are not an Ed25519 public key.</exception>
    public static CodeSigningKey FromBytes(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength)
        {
            throw Invalid($"expected {KeyLength} bytes, got {key.Length}");
        }

        return BouncyCastleSpans.ValidatePublicKeyPartial(key) ? new CodeSigningKey(key.ToArray()) : throw Invalid("the bytes are not a point on the curve");
    }

    /// <summary>The key as 64 lowercase hex characters (public information).</summary>
    public override string ToString() => Encodings.ToHexLower(_key);

    /// <inheritdoc/>
    public bool Equals(CodeSigningKey? other) => other is not null && _key.AsSpan().SequenceEqual(other._key);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CodeSigningKey);

    /// <inheritdoc/>
    public override int GetHashCode() => BitConverter.ToInt32(_key, 0);

    /// <summary>Whether this is the account's own key, which must never sign artifacts.</summary>
    internal bool IsSameKeyAs(Ed25519PublicKey accountKey) => string.Equals(ToString(), accountKey.ToString(), StringComparison.Ordinal);

    /// <summary>Ed25519ph: the signature over <paramref name="sha512"/> (the file's SHA-512) with <paramref name="context"/>.</summary>
    internal bool VerifyPrehashed(ReadOnlySpan<byte> signature, string context, ReadOnlySpan<byte> sha512) =>
        signature.Length == Ed25519.SignatureSize && BouncyCastleSpans.VerifyPrehash(signature, _key, Context(context), sha512);

    /// <summary>Plain Ed25519 over the whole <paramref name="message"/>.</summary>
    internal bool Verify(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message) =>
        signature.Length == Ed25519.SignatureSize && BouncyCastleSpans.Verify(signature, _key, message);

    /// <summary>The RFC 8032 context: the product id's UTF-8 bytes, as Keygen's CLI and Go SDK pass it (at most 255 bytes).</summary>
    internal static byte[] Context(string productId)
    {
        var context = Encoding.UTF8.GetBytes(productId);
        return context.Length <= byte.MaxValue
            ? context
            : throw new ArgumentException("The product id is longer than the 255 bytes an Ed25519ph context holds.", nameof(productId));
    }

    private static KeygenVerificationException Invalid(string why) =>
        new(VerificationFailureReason.InvalidPublicKey, $"Invalid code-signing public key: {why}.");
}
