using System;
using System.Security.Cryptography;
using System.Text;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// Decrypts a license file's <c>enc</c>: <c>base64(ciphertext).base64(iv).base64(tag)</c>, AES-256-GCM with
/// no associated data and key SHA-256(secret), where the secret is the license key (plus the fingerprint for machine files).
/// </summary>
internal static partial class LicenseFileDecryption
{
    private const int NonceLength = 12;
    private const int TagLength = 16;

    public static byte[] Decrypt(string encoded, string secret)
    {
        var parts = encoded.Split('.');
        var ciphertext = parts.Length == 3 ? Encodings.FromBase64(parts[0]) : null;
        var nonce = parts.Length == 3 ? Encodings.FromBase64(parts[1]) : null;
        var tag = parts.Length == 3 ? Encodings.FromBase64(parts[2]) : null;
        if (ciphertext is null || nonce is not { Length: NonceLength } || tag is not { Length: TagLength })
        {
            throw LicenseFileCertificate.Malformed("\"enc\" is not base64(ciphertext).base64(iv).base64(tag)");
        }

        var key = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        try
        {
            return AesGcmDecrypt(key, nonce, ciphertext, tag);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static LicenseFileException WrongKey(Exception inner) => new(
        VerificationFailureReason.DecryptionFailed,
        "The license file could not be decrypted: the license key (or, for a machine file, the license key and fingerprint) does not match the one it was issued for.",
        innerException: inner);
}
