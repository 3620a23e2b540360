using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Keygen.Emulator.Auth;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits, and a base32
/// secret, the defaults every authenticator app (and Keygen's ROTP) uses.
/// </summary>
internal static class Totp
{
    public const int StepSeconds = 30;

    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>A new secret of 160 bits (RFC 4226's recommended length), base32 without padding.</summary>
    public static string NewSecret()
    {
        var bytes = RandomNumberGenerator.GetBytes(20);
        var text = new StringBuilder();
        for (var bit = 0; bit < bytes.Length * 8; bit += 5)
        {
            var index = 0;
            for (var i = 0; i < 5; i++)
            {
                var position = bit + i;
                index = (index << 1) | ((bytes[position / 8] >> (7 - (position % 8))) & 1);
            }

            text.Append(Base32Alphabet[index]);
        }

        return text.ToString();
    }

    /// <summary>The time step a moment falls in.</summary>
    public static long StepOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The 6-digit code of <paramref name="secret"/> for <paramref name="step"/>.</summary>
    public static string Code(string secret, long step)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(Decode(secret), counter);
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Decode(string secret)
    {
        var bytes = new byte[secret.Length * 5 / 8];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var c in secret)
        {
            buffer = (buffer << 5) | Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
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
