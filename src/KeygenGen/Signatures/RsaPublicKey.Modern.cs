using System;
using System.Numerics;
using System.Security.Cryptography;

namespace Keygen.Signatures;

// The key and its arithmetic on .NET 8+: the platform's RSA and System.Numerics.
public sealed partial class RsaPublicKey
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

    /// <summary>The key in <paramref name="pem"/>, or null when it holds none.</summary>
    private static RsaPublicKey? FromPem(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new RsaPublicKey(rsa.ExportParameters(includePrivateParameters: false));
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return null;
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
}
