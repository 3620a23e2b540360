using System;

namespace Keygen.Acceptance.Verification;

/// <summary>Ruby's lenient base64 decoders: URL-safe or standard alphabet, padding optional.</summary>
internal static class Base64Url
{
    public static byte[] Decode(string text)
    {
        var standard = text.Trim().Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '='));
    }

    /// <summary>Decodes, or null when the text is not base64.</summary>
    public static byte[]? TryDecode(string text)
    {
        try
        {
            return Decode(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
