using System;
using System.Security.Cryptography;

namespace Keygen.Signatures;

/// <summary>
/// EMSA-PSS-VERIFY (RFC 8017 §9.1.2) for SHA-256 with MGF1-SHA-256, recovering the salt length from the
/// encoded message as OpenSSL's "auto" mode does, so Keygen's maximum-length salts and hash-length salts both verify.
/// </summary>
internal static class PssEncoding
{
    private const int HashLength = 32;
    private const byte Trailer = 0xBC;

    /// <param name="message">The signed data.</param>
    /// <param name="block">The signature after the public-key operation, as long as the modulus.</param>
    /// <param name="encodedBits">emBits: the modulus bit length minus one.</param>
    public static bool Verify(ReadOnlySpan<byte> message, byte[] block, int encodedBits)
    {
        var encodedLength = (encodedBits + 7) / 8;
        var leading = block.Length - encodedLength;
        if (encodedLength < HashLength + 2 || block.AsSpan(0, leading).ContainsAnyExcept((byte)0))
        {
            return false;
        }

        var encoded = block.AsSpan(leading);
        if (encoded[^1] != Trailer)
        {
            return false;
        }

        var dbLength = encodedLength - HashLength - 1;
        var maskedDb = encoded[..dbLength];
        var hash = encoded.Slice(dbLength, HashLength);
        var unusedBitsMask = (byte)(0xFF << (8 - ((8 * encodedLength) - encodedBits)));
        if ((maskedDb[0] & unusedBitsMask) != 0)
        {
            return false;
        }

        var db = Mgf1(hash, dbLength);
        for (var i = 0; i < dbLength; i++)
        {
            db[i] ^= maskedDb[i];
        }

        db[0] &= (byte)~unusedBitsMask;
        var separator = db.AsSpan().IndexOfAnyExcept((byte)0);
        if (separator < 0 || db[separator] != 0x01)
        {
            return false;
        }

        var salt = db.AsSpan(separator + 1);
        var prime = new byte[8 + HashLength + salt.Length];
        SHA256.HashData(message, prime.AsSpan(8, HashLength));
        salt.CopyTo(prime.AsSpan(8 + HashLength));
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(prime), hash);
    }

    private static byte[] Mgf1(ReadOnlySpan<byte> seed, int length)
    {
        var output = new byte[length];
        var input = new byte[seed.Length + 4];
        seed.CopyTo(input);
        Span<byte> digest = stackalloc byte[HashLength];
        for (int counter = 0, offset = 0; offset < length; counter++, offset += HashLength)
        {
            input[^4] = (byte)(counter >> 24);
            input[^3] = (byte)(counter >> 16);
            input[^2] = (byte)(counter >> 8);
            input[^1] = (byte)counter;
            SHA256.HashData(input, digest);
            digest[..Math.Min(HashLength, length - offset)].CopyTo(output.AsSpan(offset));
        }

        return output;
    }
}
