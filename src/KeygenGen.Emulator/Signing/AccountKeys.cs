using System;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Keygen.Emulator.Signing;

/// <summary>
/// An account's key pairs, like Keygen's: Ed25519 (the default signature algorithm), RSA-2048 and ECDSA P-256.
/// The RSA and ECDSA keys are made on first use, since most clients only ever use Ed25519.
/// </summary>
internal sealed class AccountKeys : IDisposable
{
    private readonly Lazy<RSA> _rsa;
    private readonly Lazy<ECDsa> _ecdsa;
    private readonly Lazy<AsymmetricCipherKeyPair> _rsaForBouncyCastle;
    private readonly object _sync = new();

    /// <summary>Fresh keys: Ed25519 from <paramref name="ed25519Seed"/>, RSA and ECDSA generated on first use.</summary>
    public AccountKeys(byte[] ed25519Seed)
        : this(ed25519Seed, () => RSA.Create(2048), () => ECDsa.Create(ECCurve.NamedCurves.nistP256))
    {
    }

    private AccountKeys(byte[] ed25519Seed, Func<RSA> rsa, Func<ECDsa> ecdsa)
    {
        Ed25519 = new Ed25519Key(ed25519Seed);
        _rsa = new(rsa);
        _ecdsa = new(ecdsa);
        _rsaForBouncyCastle = new(() => DotNetUtilities.GetRsaKeyPair(_rsa.Value.ExportParameters(includePrivateParameters: true)));
    }

    /// <summary>The keys of <see cref="SigningKeyPool"/>'s slot <paramref name="slot"/>, made once per process.</summary>
    public static AccountKeys Pooled(int slot) =>
        new(SigningKeyPool.Ed25519Seed(slot), () => SigningKeyPool.Rsa(slot), () => SigningKeyPool.Ecdsa(slot));

    public Ed25519Key Ed25519 { get; }

    public string RsaPublicKeyPem => Locked(() => _rsa.Value.ExportSubjectPublicKeyInfoPem()) + "\n";

    public string EcdsaPublicKeyPem => Locked(() => _ecdsa.Value.ExportSubjectPublicKeyInfoPem()) + "\n";

    /// <summary>Signs text with one of <see cref="SignatureAlgorithms"/>; the signature in base64.</summary>
    public string Sign(string algorithm, string data) => Convert.ToBase64String(Sign(algorithm, Encoding.UTF8.GetBytes(data)));

    public byte[] Sign(string algorithm, byte[] data) => algorithm switch
    {
        SignatureAlgorithms.Ed25519 => Ed25519.Sign(data),
        SignatureAlgorithms.RsaPssSha256 => Locked(() => SignPssWithMaximumSalt(data)),
        SignatureAlgorithms.RsaSha256 => Locked(() => _rsa.Value.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)),
        SignatureAlgorithms.EcdsaP256 => Locked(() => _ecdsa.Value.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unsupported signature algorithm."),
    };

    /// <summary>RSA "private encrypt" with PKCS#1 v1.5 padding (OpenSSL's <c>private_encrypt</c>), for RSA_2048_PKCS1_ENCRYPT keys.</summary>
    public byte[] RsaPrivateEncrypt(byte[] data) => Locked(() =>
    {
        var cipher = new Org.BouncyCastle.Crypto.Encodings.Pkcs1Encoding(new RsaEngine());
        cipher.Init(true, _rsaForBouncyCastle.Value.Private);
        return cipher.ProcessBlock(data, 0, data.Length);
    });

    public void Dispose()
    {
        if (_rsa.IsValueCreated)
        {
            _rsa.Value.Dispose();
        }

        if (_ecdsa.IsValueCreated)
        {
            _ecdsa.Value.Dispose();
        }
    }

    /// <summary>Keygen signs RSA-PSS with OpenSSL's <c>salt_length: :max</c>; the platform API only offers a digest-sized salt.</summary>
    private byte[] SignPssWithMaximumSalt(byte[] data)
    {
        const int maximumSalt = (2048 / 8) - (256 / 8) - 2;
        var signer = new PssSigner(new RsaBlindedEngine(), new Sha256Digest(), maximumSalt);
        signer.Init(true, new ParametersWithRandom(_rsaForBouncyCastle.Value.Private, new SecureRandom()));
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    // The platform RSA/ECDsa objects are not documented as safe for concurrent use.
    private T Locked<T>(Func<T> action)
    {
        lock (_sync)
        {
            return action();
        }
    }
}
