using System;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Keygen.Emulator.Signing;

/// <summary>The account's Ed25519 signing key (BouncyCastle), used for response signatures and ED25519_SIGN license keys.</summary>
internal sealed class Ed25519Key
{
    private readonly Ed25519PrivateKeyParameters _privateKey;

    public Ed25519Key(byte[] seed)
    {
        if (seed.Length != Ed25519PrivateKeyParameters.KeySize)
        {
            throw new ArgumentException("An Ed25519 private key is a 32-byte seed.", nameof(seed));
        }

        _privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        PublicKey = _privateKey.GeneratePublicKey().GetEncoded();
    }

    public byte[] PublicKey { get; }

    public string PublicKeyHex => Convert.ToHexStringLower(PublicKey);

    public byte[] Sign(byte[] data)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _privateKey);
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }
}
