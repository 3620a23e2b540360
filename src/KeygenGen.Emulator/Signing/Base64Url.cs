using System;

namespace Keygen.Emulator.Signing;

/// <summary>URL-safe base64 in Ruby's two flavours: <c>urlsafe_encode64</c> keeps the <c>=</c> padding, JWTs drop it.</summary>
internal static class Base64Url
{
    public static string Padded(byte[] data) => Convert.ToBase64String(data).Replace('+', '-').Replace('/', '_');

    public static string Unpadded(byte[] data) => Padded(data).TrimEnd('=');
}
