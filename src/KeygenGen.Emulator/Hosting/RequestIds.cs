using System;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Hosting;

/// <summary>Rails' request ids: an incoming <c>X-Request-Id</c> is honoured once reduced to word characters, dashes and @.</summary>
internal static partial class RequestIds
{
    public static string From(string? incoming)
    {
        var cleaned = Unsafe().Replace(incoming ?? string.Empty, string.Empty);
        if (cleaned.Length > 255)
        {
            cleaned = cleaned[..255];
        }

        return cleaned.Length > 0 ? cleaned : Guid.NewGuid().ToString();
    }

    [GeneratedRegex(@"[^\w\-@]")]
    private static partial Regex Unsafe();
}
