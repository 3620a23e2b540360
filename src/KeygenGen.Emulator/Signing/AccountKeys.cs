using System;
using System.Security.Cryptography;
using System.Text;

namespace Keygen.Emulator.Signing;

/// <summary>
/// An account's key pairs, like Keygen's: Ed25519 (the default signature algorithm), RSA-2048 and ECDSA P-256.
/// The RSA and ECDSA keys are made on first use, since most clients only ever use Ed25519.
/// </summary>
internal sealed class AccountKeys : IDisposable
{
    private readonly Lazy<RSA> _rsa = new(() => RSA.Create(2048));
    private readonly Lazy<ECDsa> _ecdsa = new(() => ECDsa.Create(ECCurve.NamedCurves.nistP256));
    private readonly object _sync = new();

    public AccountKeys(byte[] ed25519Seed)
    {
        Ed25519 = new Ed25519Key(ed25519Seed);
    }

    public Ed25519Key Ed25519 { get; }

    public string RsaPublicKeyPem => _rsa.Value.ExportSubjectPublicKeyInfoPem() + "\n";

    public string EcdsaPublicKeyPem => _ecdsa.Value.ExportSubjectPublicKeyInfoPem() + "\n";

    /// <summary>Signs <paramref name="data"/> with one of the algorithms of <see cref="SignatureAlgorithms"/>; base64 result.</summary>
    public string Sign(string algorithm, string data)
    {
        var bytes = Encoding.UTF8.GetBytes(data);
        var signature = algorithm switch
        {
            SignatureAlgorithms.Ed25519 => Ed25519.Sign(bytes),
            SignatureAlgorithms.RsaPssSha256 => Locked(() => _rsa.Value.SignData(bytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)),
            SignatureAlgorithms.RsaSha256 => Locked(() => _rsa.Value.SignData(bytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)),
            SignatureAlgorithms.EcdsaP256 => Locked(() => _ecdsa.Value.SignData(bytes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unsupported signature algorithm."),
        };
        return Convert.ToBase64String(signature);
    }

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

    // The platform RSA/ECDsa objects are not documented as safe for concurrent use.
    private byte[] Locked(Func<byte[]> sign)
    {
        lock (_sync)
        {
            return sign();
        }
    }
}
