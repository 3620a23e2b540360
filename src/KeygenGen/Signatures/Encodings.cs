using System;
using System.Buffers.Text;

namespace Keygen.Signatures;

/// <summary>Decoders that report bad input as <c>null</c> instead of throwing, so callers raise their own typed error.</summary>
internal static class Encodings
{
    public static byte[]? FromBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer.AsSpan(0, written).ToArray() : null;
    }

    /// <summary>URL-safe base64 with or without <c>=</c> padding: Keygen encodes with Ruby's
    /// <c>urlsafe_encode64</c>, which keeps the padding, while JWTs drop it.</summary>
    public static byte[]? FromBase64Url(string text) =>
        Base64Url.IsValid(text) ? Base64Url.DecodeFromChars(text) : null; // the decoder throws on bad characters

    /// <summary>Lower-case hex, the form Keygen shows keys and fingerprints in.</summary>
    public static string ToHexLower(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    public static byte[]? FromHex(string text)
    {
        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
