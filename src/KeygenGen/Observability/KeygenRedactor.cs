using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Keygen;

/// <summary>
/// Removes secrets from text the client prints (log entries, trace tags, exception messages): the configured credentials,
/// the call's own secrets, and the values of query parameters that carry credentials (<c>token</c>, <c>auth</c>, <c>key</c>, <c>password</c>).
/// </summary>
internal sealed class KeygenRedactor
{
    public const string Mask = "[redacted]";

    private static readonly HashSet<string> SecretQueryNames = new(StringComparer.OrdinalIgnoreCase) { "token", "auth", "key", "password" };

    private static readonly KeygenRedactor Empty = new([]);

    private readonly string[] _secrets;

    private KeygenRedactor(string[] secrets)
    {
        _secrets = secrets;
    }

    public static KeygenRedactor ForValues(IEnumerable<string>? secrets)
    {
        if (secrets is null)
        {
            return Empty;
        }

        // Each secret is also matched percent-encoded, as it appears in URLs. Longest first, so a secret that contains
        // another is masked whole.
        string[] all = secrets
            .Where(s => !string.IsNullOrEmpty(s))
            .SelectMany(s => new[] { s, Uri.EscapeDataString(s) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
        return all.Length == 0 ? Empty : new KeygenRedactor(all);
    }

    public KeygenRedactor With(IEnumerable<string>? more)
    {
        if (more is null)
        {
            return this;
        }

        // Every call adds its credentials, which are usually the configured ones this redactor already masks: keep it
        // rather than rebuild the same list on each call.
        foreach (string secret in more)
        {
            if (!string.IsNullOrEmpty(secret) && Array.IndexOf(_secrets, secret) < 0)
            {
                return ForValues(_secrets.Concat(more));
            }
        }

        return this;
    }

    public string Redact(string text)
    {
        foreach (string secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Redacts <paramref name="url"/> (or any text containing one URL) and masks credential-carrying query values.</summary>
    public string RedactUrl(string url)
    {
        string text = Redact(url);
        int query = text.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return text;
        }

        int end = text.IndexOfAny([' ', '#'], query);
        if (end < 0)
        {
            end = text.Length;
        }

        var builder = new StringBuilder(text, 0, query + 1, text.Length + 16);
        string[] pairs = text[(query + 1)..end].Split('&');
        for (int i = 0; i < pairs.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            int equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? pairs[i] : pairs[i][..equals];
            bool secret = equals >= 0 && SecretQueryNames.Contains(Uri.UnescapeDataString(name));
            builder.Append(secret ? name + "=" + Mask : pairs[i]);
        }

        return builder.Append(text, end, text.Length - end).ToString();
    }
}
