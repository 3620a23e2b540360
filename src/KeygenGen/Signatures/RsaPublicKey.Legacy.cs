using System;
using System.IO;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Keygen.Signatures;

// The key and its arithmetic on .NET Framework and .NET Standard 2.0, which cannot read a PEM and whose BigInteger
// has no big-endian or unsigned forms: BouncyCastle, the same results.
public sealed partial class RsaPublicKey
{
    private readonly RsaKeyParameters _key;

    private RsaPublicKey(RsaKeyParameters key)
    {
        _key = key;
    }

    /// <summary>The modulus length in bytes (256 for RSA-2048).</summary>
    internal int ModulusLength => (ModulusBits + 7) / 8;

    /// <summary>The modulus length in bits.</summary>
    internal int ModulusBits => _key.Modulus.BitLength;

    /// <summary>The key in <paramref name="pem"/>, or null when it holds none.</summary>
    private static RsaPublicKey? FromPem(string pem)
    {
        try
        {
            using var reader = new StringReader(pem);
            return new PemReader(reader).ReadObject() is RsaKeyParameters { IsPrivate: false } key ? new RsaPublicKey(key) : null;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidCastException or SecurityUtilityException)
        {
            return null;
        }
    }

    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 (Keygen's <c>rsa-sha256</c> and <c>RSA_2048_PKCS1_SIGN_V2</c>).</summary>
    internal bool VerifyPkcs1Sha256(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        ISigner signer = SignerUtilities.GetSigner("SHA-256withRSA");
        signer.Init(false, _key);
        signer.BlockUpdate(data.ToArray(), 0, data.Length);
        try
        {
            return signer.VerifySignature(signature.ToArray());
        }
        catch (CryptoException)
        {
            return false;
        }
    }

    /// <summary>RSAVP1 / RSAEP: <c>input^e mod n</c> as a big-endian block of the modulus length, or null if the input is out of range.</summary>
    private byte[]? ApplyPublicExponent(ReadOnlySpan<byte> input)
    {
        if (input.Length != ModulusLength)
        {
            return null;
        }

        var value = new BigInteger(1, input.ToArray());
        if (value.CompareTo(_key.Modulus) >= 0)
        {
            return null;
        }

        var result = value.ModPow(_key.Exponent, _key.Modulus).ToByteArrayUnsigned();
        var block = new byte[ModulusLength];
        result.CopyTo(block, block.Length - result.Length);
        return block;
    }
}
