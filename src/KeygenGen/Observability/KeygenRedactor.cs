using System;
using System.Collections.Generic;
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

    /// <summary>Longest first, so a secret that contains another is masked whole.</summary>
    private static readonly Comparison<string> LongestFirst = (a, b) => b.Length.CompareTo(a.Length);

    private readonly string[] _secrets;

    private KeygenRedactor(string[] secrets)
    {
        _secrets = secrets;
    }

    /// <summary>A redactor of <paramref name="secrets"/>, each also as it appears percent-encoded in URLs.</summary>
    public static KeygenRedactor ForValues(IReadOnlyList<string>? secrets) => Empty.With(secrets);

    public KeygenRedactor With(IReadOnlyList<string>? more)
    {
        if (more is null)
        {
            return this;
        }

        // Runs on every call (its credentials, its own secrets), which mostly adds nothing new: find what is new with
        // no allocation (an indexed loop: an enumerator would be one), and only then build the longer list, without LINQ.
        List<string>? added = null;
        for (int i = 0; i < more.Count; i++)
        {
            string secret = more[i];
            if (string.IsNullOrEmpty(secret) || Array.IndexOf(_secrets, secret) >= 0 || added?.Contains(secret) == true)
            {
                continue;
            }

            (added ??= []).Add(secret);
            string escaped = Uri.EscapeDataString(secret);
            if (escaped != secret && Array.IndexOf(_secrets, escaped) < 0)
            {
                added.Add(escaped);
            }
        }

        if (added is null)
        {
            return this;
        }

        string[] all = new string[_secrets.Length + added.Count];
        _secrets.CopyTo(all, 0);
        added.CopyTo(all, _secrets.Length);
        Array.Sort(all, LongestFirst);
        return new KeygenRedactor(all);
    }

    public string Redact(string text)
    {
        foreach (string secret in _secrets)
        {
#if LEGACY_TARGET
            text = text.Replace(secret, Mask); // ordinal on .NET Framework
#else
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
#endif
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
