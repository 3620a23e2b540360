using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Signatures;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace Keygen.Distribution;

/// <summary>
/// A publisher's private code-signing key: signs artifacts the way <c>keygen upload --signing-key</c> does, with Ed25519ph
/// over the file's SHA-512 and the product id as the context, so <see cref="KeygenUpgrades"/> (and Keygen's Go SDK) accept
/// them. Keep it on the build machine; ship only <see cref="PublicKey"/> in the app. It is never printed.
/// </summary>
public sealed class ArtifactSigningKey
{
    private const int SeedLength = 32;

    /// <summary>Go's <c>ed25519.PrivateKey</c>, as <c>keygen genkey</c> writes it: the seed, then the public key.</summary>
    private const int GoKeyLength = 64;
    private readonly byte[] _seed;

    private ArtifactSigningKey(byte[] seed)
    {
        _seed = seed;
        var publicKey = new byte[Ed25519.PublicKeySize];
        Ed25519.GeneratePublicKey(seed, 0, publicKey, 0);
        PublicKey = CodeSigningKey.FromBytes(publicKey);
    }

    /// <summary>The public half, for the app to verify with (<see cref="KeygenUpgradeOptions.CodeSigningKey"/>).</summary>
    public CodeSigningKey PublicKey { get; }

    /// <summary>A new random key.</summary>
    public static ArtifactSigningKey Generate() => new(RandomNumberGenerator.GetBytes(SeedLength));

    /// <summary>
    /// Reads a private key as <c>keygen genkey</c> writes it: 128 hex characters (Go's form: the 32-byte seed followed by the
    /// public key, which must match), or the bare seed as 64 hex characters.
    /// </summary>
    /// <param name="hex">The key.</param>
    /// <exception cref="KeygenVerificationException">The text is not such a key; the message never contains it.</exception>
    public static ArtifactSigningKey Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var raw = Encodings.FromHex(hex.Trim());
        if (raw is not { Length: SeedLength or GoKeyLength })
        {
            throw Invalid("expected 128 hex characters (the private key keygen genkey writes) or a 64-character seed");
        }

        var key = new ArtifactSigningKey(raw.AsSpan(0, SeedLength).ToArray());
        if (raw.Length > SeedLength && !key.PublicKey.Equals(CodeSigningKey.FromBytes(raw.AsSpan(SeedLength))))
        {
            throw Invalid("its public half does not belong to its seed");
        }

        return key;
    }

    /// <summary>The key in the form <c>keygen genkey</c> writes (seed, then public key, in hex): to store it, never to print it.</summary>
    public string ToHex() => Encodings.ToHexLower([.. _seed]) + PublicKey;

    /// <summary>Describes the key by its public half only.</summary>
    public override string ToString() => $"ArtifactSigningKey {{ PublicKey = {PublicKey} }}";

    /// <summary>Signs <paramref name="content"/> from its current position to its end, reading it once.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="productId">The id of the product the artifact belongs to: the signature's context.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The signature as Keygen stores it: base64 without padding.</returns>
    public async Task<string> SignAsync(Stream content, string productId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var sha512 = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            sha512.AppendData(buffer, 0, read);
        }

        return SignPrehashed(sha512.GetHashAndReset(), productId);
    }

    /// <summary>Signs a file whose SHA-512 is <paramref name="sha512"/>.</summary>
    /// <param name="sha512">The file's SHA-512 digest (64 bytes).</param>
    /// <param name="productId">The id of the product the artifact belongs to: the signature's context.</param>
    /// <returns>The signature as Keygen stores it: base64 without padding.</returns>
    public string SignPrehashed(ReadOnlySpan<byte> sha512, string productId)
    {
        ArgumentNullException.ThrowIfNull(productId);
        if (sha512.Length != 64)
        {
            throw new ArgumentException("A SHA-512 digest is 64 bytes.", nameof(sha512));
        }

        var signature = new byte[Ed25519.SignatureSize];
        BouncyCastleSpans.SignPrehash(_seed, CodeSigningKey.Context(productId), sha512, signature);
        return Convert.ToBase64String(signature).TrimEnd('=');
    }

    private static KeygenVerificationException Invalid(string why) =>
        new(VerificationFailureReason.InvalidPublicKey, $"Invalid code-signing private key: {why}.");
}
