using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>What an authenticator app does with a second factor's secret: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits).</summary>
internal static class OneTimeCodes
{
    public static string At(string base32Secret, DateTimeOffset time)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(FromBase32(base32Secret), counter);
        var offset = hash[^1] & 0x0F;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return code.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new byte[text.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var value = alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("Not base32: " + c);
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes[index++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }

        return bytes;
    }
}
