using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Keygen.Licensing;

// AES-256-GCM on .NET Framework and .NET Standard 2.0, which have none: BouncyCastle, the same results.
internal static partial class LicenseFileDecryption
{
    private static byte[] AesGcmDecrypt(byte[] key, byte[] nonce, byte[] ciphertext, byte[] tag)
    {
        var gcm = new GcmBlockCipher(new AesEngine());
        gcm.Init(forEncryption: false, new AeadParameters(new KeyParameter(key), TagLength * 8, nonce));

        // BouncyCastle reads the tag as the last bytes of its input.
        var input = new byte[ciphertext.Length + tag.Length];
        ciphertext.CopyTo(input, 0);
        tag.CopyTo(input, ciphertext.Length);
        var plaintext = new byte[gcm.GetOutputSize(input.Length)];
        try
        {
            var written = gcm.ProcessBytes(input, 0, input.Length, plaintext, 0);
            gcm.DoFinal(plaintext, written);
            return plaintext;
        }
        catch (InvalidCipherTextException ex)
        {
            throw WrongKey(ex);
        }
    }
}
