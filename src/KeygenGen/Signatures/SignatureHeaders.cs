using System;

namespace Keygen.Signatures;

/// <summary>The signing headers of a Keygen response or webhook request.</summary>
/// <param name="Signature">The <c>Keygen-Signature</c> value.</param>
/// <param name="Date">The signed date: <c>Keygen-Date</c>, else <c>Date</c>.</param>
/// <param name="Digest">The signed digest: <c>Keygen-Digest</c>, else <c>Digest</c>.</param>
public sealed record SignatureHeaders(string? Signature, string? Date, string? Digest)
{
    /// <summary>
    /// Picks the signing headers from any header collection. <c>Keygen-Date</c> and <c>Keygen-Digest</c> win over
    /// <c>Date</c> and <c>Digest</c>, because proxies may rewrite the latter two.
    /// </summary>
    /// <param name="getHeader">Returns a header's value by case-insensitive name, or null when absent.</param>
    public static SignatureHeaders FromLookup(Func<string, string?> getHeader)
    {
        ArgumentNullException.ThrowIfNull(getHeader);
        return new SignatureHeaders(
            getHeader("Keygen-Signature"),
            getHeader("Keygen-Date") ?? getHeader("Date"),
            getHeader("Keygen-Digest") ?? getHeader("Digest"));
    }
}
