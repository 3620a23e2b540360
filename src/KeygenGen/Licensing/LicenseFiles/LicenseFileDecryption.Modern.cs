using System.Security.Cryptography;
using Keygen.Signatures;

namespace Keygen.Licensing;

// AES-256-GCM on .NET 8+: the platform's implementation.
internal static partial class LicenseFileDecryption
{
    private static byte[] AesGcmDecrypt(byte[] key, byte[] nonce, byte[] ciphertext, byte[] tag)
    {
        if (!AesGcm.IsSupported)
        {
            throw new LicenseFileException(VerificationFailureReason.UnsupportedAlgorithm, "AES-256-GCM is not supported on this platform.");
        }

        try
        {
            using var aes = new AesGcm(key, TagLength);
            var plaintext = new byte[ciphertext.Length];
            aes.Decrypt(nonce, ciphertext, tag, plaintext);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw WrongKey(ex);
        }
    }
}
