using System;
using System.IO;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.OpenSsl;

namespace Keygen.Signatures;

/// <summary>
/// An account's RSA-2048 public key: verifies the RSA signed-key schemes, <c>RSA_2048_PKCS1_ENCRYPT</c> keys,
/// and <c>rsa-sha256</c> / <c>rsa-pss-sha256</c> signatures. The RSA operations are BouncyCastle's (its RSA engine, PSS
/// signer, PKCS#1 v1.5 signer and encoding), which run the same on every target framework.
/// </summary>
public sealed class RsaPublicKey
{
    private const int Sha256Length = 32;

    private readonly RsaKeyParameters _key;

    private RsaPublicKey(RsaKeyParameters key)
    {
        _key = key;
    }

    /// <summary>The modulus length in bytes (256 for RSA-2048): the length of every signature and encrypted key.</summary>
    private int ModulusLength => (_key.Modulus.BitLength + 7) / 8;

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

        object? key;
        try
        {
            using var reader = new PemReader(new StringReader(pem));
            key = reader.ReadObject();
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidCastException or FormatException or InvalidOperationException)
        {
            // BouncyCastle reports a damaged PEM in several ways, depending on where the damage is.
            throw Invalid("the PEM does not hold an RSA public key", ex);
        }

        return key is RsaKeyParameters { IsPrivate: false } rsa
            ? new RsaPublicKey(rsa)
            : throw Invalid("the PEM does not hold an RSA public key");
    }

    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 (Keygen's <c>rsa-sha256</c> and <c>RSA_2048_PKCS1_SIGN_V2</c>).</summary>
    internal bool VerifyPkcs1Sha256(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        Verify(new RsaDigestSigner(new Sha256Digest()), data, signature);

    /// <summary>
    /// RSASSA-PSS with SHA-256 and MGF1-SHA-256. Keygen signs with the maximum salt length (Ruby's <c>salt_length: :max</c>);
    /// a signature with a hash-length salt (.NET's and most libraries' default) is accepted too.
    /// </summary>
    internal bool VerifyPssSha256(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        // emLen - hLen - 2, where emLen holds modBits - 1 bits (RFC 8017 §9.1.1).
        int maximumSalt = ((_key.Modulus.BitLength - 1 + 7) / 8) - Sha256Length - 2;
        return Verify(new PssSigner(new RsaEngine(), new Sha256Digest(), maximumSalt), data, signature)
            || Verify(new PssSigner(new RsaEngine(), new Sha256Digest(), Sha256Length), data, signature);
    }

    /// <summary>
    /// The public-key half of OpenSSL's <c>private_encrypt</c> with PKCS#1 v1.5 type-1 padding, used by
    /// <c>RSA_2048_PKCS1_ENCRYPT</c>: the message, or null when the block is not type-1 padded under this key.
    /// </summary>
    internal byte[]? RecoverPkcs1Type1(ReadOnlySpan<byte> ciphertext)
    {
        if (ciphertext.Length != ModulusLength)
        {
            return null;
        }

        // Decrypting with a public key, the encoding expects block type 1 (a signature-style padding) and checks its 0xFF run.
        var encoding = new Pkcs1Encoding(new RsaEngine());
        encoding.Init(false, _key);
        try
        {
            return encoding.ProcessBlock(ciphertext.ToArray(), 0, ciphertext.Length);
        }
        catch (Exception ex) when (ex is InvalidCipherTextException or DataLengthException)
        {
            return null;
        }
    }

    private bool Verify(ISigner signer, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        // RFC 8017 §8.1.2, §8.2.2: a signature is exactly as long as the modulus.
        if (signature.Length != ModulusLength)
        {
            return false;
        }

        signer.Init(false, _key);
        BouncyCastleSpans.BlockUpdate(signer, data);
        try
        {
            return signer.VerifySignature(signature.ToArray());
        }
        catch (DataLengthException)
        {
            // A value not below the modulus is no signature at all.
            return false;
        }
    }

    private static string? DecodeAccountMetaForm(string text)
    {
        var decoded = Encodings.FromBase64(text);
        return decoded is null ? null : Encoding.ASCII.GetString(decoded);
    }

    private static KeygenVerificationException Invalid(string why, Exception? inner = null) =>
        new(VerificationFailureReason.InvalidPublicKey, $"Invalid RSA public key: {why}.", inner);
}
