using System;

namespace Keygen.Signatures;

/// <summary>Strips PKCS#1 v1.5 type-1 padding: <c>00 01 FF…FF 00 message</c>, with at least 8 <c>FF</c> bytes.</summary>
internal static class Pkcs1Type1Padding
{
    private const int MinimumPaddingLength = 8;

    public static byte[]? Remove(ReadOnlySpan<byte> block)
    {
        if (block.Length < 3 + MinimumPaddingLength || block[0] != 0x00 || block[1] != 0x01)
        {
            return null;
        }

        var padding = block[2..].IndexOfAnyExcept((byte)0xFF);
        if (padding < MinimumPaddingLength || block[2 + padding] != 0x00)
        {
            return null;
        }

        return block[(3 + padding)..].ToArray();
    }
}
