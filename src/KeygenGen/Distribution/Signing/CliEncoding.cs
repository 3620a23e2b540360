using System;
using Keygen.Signatures;

namespace Keygen.Distribution;

/// <summary>
/// Reads checksums and signatures in every encoding Keygen's CLI writes (<c>--checksum-encoding</c>,
/// <c>--signature-encoding</c>): hex (optionally <c>0x</c>-prefixed), base64, base64 without padding (its default) and
/// URL-safe base64. Hex is tried first, as Keygen does.
/// </summary>
internal static class CliEncoding
{
    /// <summary>The decoded bytes, or null when the text is in none of those encodings.</summary>
    public static byte[]? Decode(string text)
    {
        var trimmed = text.Trim();
        var digits = trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? trimmed[2..] : trimmed;
        if (digits.Length % 2 == 0 && Encodings.FromHex(digits) is { } hex)
        {
            return hex;
        }

        var standard = trimmed.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        return Encodings.FromBase64(standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '='));
    }
}
