using System;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Keygen.Signatures;

/// <summary>
/// An account's RSA-2048 public key: verifies the RSA signed-key schemes, <c>RSA_2048_PKCS1_ENCRYPT</c> keys,
/// and <c>rsa-sha256</c> / <c>rsa-pss-sha256</c> signatures.
/// </summary>
public sealed class RsaPublicKey
{
    private readonly RSAParameters _parameters;
    private readonly BigInteger _modulus;
    private readonly BigInteger _exponent;

    private RsaPublicKey(RSAParameters parameters)
    {
        _parameters = parameters;
        _modulus = new BigInteger(parameters.Modulus, isUnsigned: true, isBigEndian: true);
        _exponent = new BigInteger(parameters.Exponent, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>The modulus length in bytes (256 for RSA-2048).</summary>
    internal int ModulusLength => _parameters.Modulus!.Length;

    /// <summary>The modulus length in bits.</summary>
    internal int ModulusBits => (int)_modulus.GetBitLength();

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

        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new RsaPublicKey(rsa.ExportParameters(includePrivateParameters: false));
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            throw Invalid("the PEM does not hold an RSA public key", ex);
        }
    }

    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 (Keygen's <c>rsa-sha256</c> and <c>RSA_2048_PKCS1_SIGN_V2</c>).</summary>
    internal bool VerifyPkcs1Sha256(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        using var rsa = RSA.Create(_parameters);
        try
        {
            return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
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

    /// <summary>RSAVP1 / RSAEP: <c>input^e mod n</c> as a big-endian block of the modulus length, or null if the input is out of range.</summary>
    private byte[]? ApplyPublicExponent(ReadOnlySpan<byte> input)
    {
        if (input.Length != ModulusLength)
        {
            return null;
        }

        var value = new BigInteger(input, isUnsigned: true, isBigEndian: true);
        if (value >= _modulus)
        {
            return null;
        }

        var result = BigInteger.ModPow(value, _exponent, _modulus).ToByteArray(isUnsigned: true, isBigEndian: true);
        var block = new byte[ModulusLength];
        result.CopyTo(block, block.Length - result.Length);
        return block;
    }

    private static string? DecodeAccountMetaForm(string text)
    {
        var decoded = Encodings.FromBase64(text);
        return decoded is null ? null : Encoding.ASCII.GetString(decoded);
    }

    private static KeygenVerificationException Invalid(string why, Exception? inner = null) =>
        new(VerificationFailureReason.InvalidPublicKey, $"Invalid RSA public key: {why}.", inner);
}
