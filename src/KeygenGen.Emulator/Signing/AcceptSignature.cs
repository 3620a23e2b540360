using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Signing;

/// <summary>A parsed <c>Keygen-Accept-Signature</c> header: <c>keyid="&lt;account&gt;", algorithm="ed25519"</c>.</summary>
internal sealed partial record AcceptSignature(string? KeyId, string Algorithm)
{
    public static readonly AcceptSignature Default = new(null, SignatureAlgorithms.Ed25519);

    public bool IsSupported => SignatureAlgorithms.All.Contains(Algorithm.ToLowerInvariant());

    /// <summary>Null when the header is malformed; <see cref="Default"/> when it is absent.</summary>
    public static AcceptSignature? Parse(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return Default;
        }

        var match = Pattern().Match(header);
        if (!match.Success)
        {
            return null;
        }

        var keyId = match.Groups["keyid"];
        return new AcceptSignature(keyId.Success ? keyId.Value : null, match.Groups["algorithm"].Value);
    }

    public bool KeyIdMatches(Guid accountId) => KeyId is null || string.Equals(KeyId, accountId.ToString(), StringComparison.Ordinal);

    [GeneratedRegex("""\A(keyid="(?<keyid>[^"]+)")?(\s*,\s*)?(algorithm="(?<algorithm>[^"]+)")(\s*;\s*)?\z""", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
