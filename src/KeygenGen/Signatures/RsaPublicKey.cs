using System;
using System.Security.Cryptography;
using System.Text;

namespace Keygen.Signatures;

/// <summary>
/// An account's RSA-2048 public key: verifies the RSA signed-key schemes, <c>RSA_2048_PKCS1_ENCRYPT</c> keys,
/// and <c>rsa-sha256</c> / <c>rsa-pss-sha256</c> signatures.
/// </summary>
public sealed partial class RsaPublicKey
{
    /// <summary>
    /// Reads a PEM public key (<c>BEGIN PUBLIC KEY</c> or <c>BEGIN RSA PUBLIC KEY</c>), or the form served in
    /// the account's <c>data.meta.keys.rsa2048</c> (base64 of the PEM).
    /// </summary>
    /// <param name="text">The key in either form.</param>
    /// <exception cref="KeygenVerificationException">The text is not an RSA public key in either form.</exception>
    public static RsaPublicKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pem = text.Contains("-----BEGIN", StringComparison.Ordinal) ? text : DecodeAccountMetaForm(text.Trim());
        if (pem is null)
        {
            throw Invalid("expected a PEM or the account meta form (base64 of the PEM)");
        }

        if (!pem.Contains("PUBLIC KEY-----", StringComparison.Ordinal))
        {
            // A private key would work here, but it must never ship inside an application.
            throw Invalid("expected a PUBLIC KEY PEM; do not distribute the account's private key");
        }

        return FromPem(pem) ?? throw Invalid("the PEM does not hold an RSA public key");
    }

    /// <summary>
    /// RSASSA-PSS with SHA-256 and MGF1-SHA-256, any salt length. Keygen signs with the maximum salt
    /// length, which .NET's own PSS verification (salt = hash length) rejects.
    /// </summary>
    internal bool VerifyPssSha256(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        var encoded = ApplyPublicExponent(signature);
        return encoded is not null && PssEncoding.Verify(data, encoded, ModulusBits - 1);
    }

    /// <summary>
    /// The public-key half of OpenSSL's <c>private_encrypt</c> with PKCS#1 v1.5 type-1 padding, used by
    /// <c>RSA_2048_PKCS1_ENCRYPT</c>. .NET's RSA only decrypts with the private key, hence the raw modpow.
    /// </summary>
    internal byte[]? RecoverPkcs1Type1(ReadOnlySpan<byte> ciphertext)
    {
        var block = ApplyPublicExponent(ciphertext);
        return block is null ? null : Pkcs1Type1Padding.Remove(block);
    }

    private static string? DecodeAccountMetaForm(string text)
    {
        var decoded = Encodings.FromBase64(text);
        return decoded is null ? null : Encoding.ASCII.GetString(decoded);
    }

    private static KeygenVerificationException Invalid(string why, Exception? inner = null) =>
        new(VerificationFailureReason.InvalidPublicKey, $"Invalid RSA public key: {why}.", inner);
}
