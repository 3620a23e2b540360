using System;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Keygen.Signatures;

/// <summary>An account's Ed25519 public key: verifies response and webhook signatures, license files and <c>ED25519_SIGN</c> keys.</summary>
public sealed class Ed25519PublicKey
{
    private const int KeyLength = 32;
    private readonly Ed25519PublicKeyParameters _key;
    private readonly string _hex;

    private Ed25519PublicKey(Ed25519PublicKeyParameters key, byte[] raw)
    {
        _key = key;
        _hex = Encodings.ToHexLower(raw);
    }

    /// <summary>
    /// Reads the key as shown in the dashboard (64 hex characters) or as served in the account's
    /// <c>data.meta.keys.ed25519</c> (base64 of that hex text).
    /// </summary>
    /// <param name="text">The key in either form.</param>
    /// <exception cref="KeygenVerificationException">The text is not a 32-byte Ed25519 key in either form.</exception>
    public static Ed25519PublicKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var raw = trimmed.Length == KeyLength * 2 ? Encodings.FromHex(trimmed) : FromAccountMetaForm(trimmed);
        return raw is null ? throw Invalid("expected 64 hex characters or the account meta form (base64 of the hex key)") : FromBytes(raw);
    }

    /// <summary>Wraps the raw 32-byte key.</summary>
    /// <param name="key">The key bytes.</param>
    /// <exception cref="KeygenVerificationException">The bytes are not a valid Ed25519 public key.</exception>
    public static Ed25519PublicKey FromBytes(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength)
        {
            throw Invalid($"expected {KeyLength} bytes, got {key.Length}");
        }

        var raw = key.ToArray();
        try
        {
            return new Ed25519PublicKey(new Ed25519PublicKeyParameters(raw), raw);
        }
        catch (ArgumentException ex)
        {
            throw Invalid("the bytes are not a point on the curve", ex);
        }
    }

    /// <summary>The key as 64 lowercase hex characters (public information).</summary>
    public override string ToString() => _hex;

    internal bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        var signer = new Ed25519Signer();
        signer.Init(false, _key);
#if LEGACY_TARGET
        signer.BlockUpdate(data.ToArray(), 0, data.Length); // BouncyCastle's .NET Standard 2.0 build takes arrays only
#else
        signer.BlockUpdate(data);
#endif
        return signer.VerifySignature(signature.ToArray());
    }

    private static byte[]? FromAccountMetaForm(string text)
    {
        var decoded = Encodings.FromBase64(text);
        return decoded is null || decoded.Length != KeyLength * 2 ? null : Encodings.FromHex(Encoding.ASCII.GetString(decoded));
    }

    private static KeygenVerificationException Invalid(string why, Exception? inner = null) =>
        new(VerificationFailureReason.InvalidPublicKey, $"Invalid Ed25519 public key: {why}.", inner);
}
