using System;
using System.Security.Cryptography;
using Keygen.Emulator.Seeding;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Keygen.Acceptance.Verification;

/// <summary>
/// Verifies what an account signed with its public keys, as the suite's steps do with OpenSSL and ed25519:
/// Ed25519, RSA-SHA256 (PKCS#1 v1.5), RSA-PSS-SHA256 with any salt length (OpenSSL's <c>salt_length: :auto</c>),
/// ECDSA P-256 (DER signatures), and RSA "public decrypt" of PKCS#1-encrypted keys.
/// </summary>
internal static class AccountSignatures
{
    public static bool Verify(AccountData account, string algorithm, byte[] data, byte[] signature)
    {
        try
        {
            return algorithm switch
            {
                "ed25519" => Ed25519(account, data, signature),
                "rsa-sha256" => RsaPkcs1(account, data, signature),
                "rsa-pss-sha256" => RsaPss(account, data, signature),
                "ecdsa-p256" => Ecdsa(account, data, signature),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public static bool Ed25519(AccountData account, byte[] data, byte[] signature)
    {
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(Convert.FromHexString(account.PublicKeyHex), 0));
        verifier.BlockUpdate(data, 0, data.Length);
        return verifier.VerifySignature(signature);
    }

    public static bool RsaPkcs1(AccountData account, byte[] data, byte[] signature)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(account.RsaPublicKeyPem);
        return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>RSA-PSS over SHA-256 with the salt length the signer chose: Keygen signs with the maximum, others with the digest's.</summary>
    public static bool RsaPss(AccountData account, byte[] data, byte[] signature)
    {
        var key = RsaKey(account);
        foreach (var salt in new[] { (key.Modulus.BitLength / 8) - 32 - 2, 32 })
        {
            var verifier = new PssSigner(new RsaBlindedEngine(), new Sha256Digest(), salt);
            verifier.Init(false, key);
            verifier.BlockUpdate(data, 0, data.Length);
            if (verifier.VerifySignature(signature))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Ecdsa(AccountData account, byte[] data, byte[] signature)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(account.EcdsaPublicKeyPem);
        return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    /// <summary>OpenSSL's <c>public_decrypt</c>: undoes a PKCS#1 v1.5 "private encrypt"; null when it does not decrypt.</summary>
    public static byte[]? RsaPublicDecrypt(AccountData account, byte[] encrypted)
    {
        try
        {
            var cipher = new Pkcs1Encoding(new RsaEngine());
            cipher.Init(false, RsaKey(account));
            return cipher.ProcessBlock(encrypted, 0, encrypted.Length);
        }
        catch (Org.BouncyCastle.Crypto.InvalidCipherTextException)
        {
            return null;
        }
    }

    private static RsaKeyParameters RsaKey(AccountData account)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(account.RsaPublicKeyPem);
        return DotNetUtilities.GetRsaPublicKey(rsa.ExportParameters(false));
    }
}
