using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Keygen.Emulator.Http.Query;

/// <summary>
/// Rails' <c>Hash#to_query</c>: nested keys as <c>page[size]</c>, every key and value CGI-escaped (so brackets become
/// <c>%5B</c>/<c>%5D</c>), and each level sorted. Keygen builds its pagination links with it.
/// </summary>
internal static class QueryEncoder
{
    public static string Encode(QueryHash query) => EncodeHash(query, null);

    private static string EncodeHash(QueryHash hash, string? prefix)
    {
        var parts = new List<string>();
        foreach (var (key, value) in hash.Members)
        {
            if (value is QueryHash { Members.Count: 0 } or QueryList { Items.Count: 0 })
            {
                continue;
            }

            parts.Add(EncodeNode(value, prefix is null ? key : $"{prefix}[{key}]"));
        }

        parts.Sort(System.StringComparer.Ordinal);
        return string.Join('&', parts);
    }

    private static string EncodeNode(QueryNode node, string key) => node switch
    {
        QueryScalar scalar => CgiEscape(key) + "=" + CgiEscape(scalar.Value),
        QueryList list => string.Join('&', list.Items.Select(item => EncodeNode(item, key + "[]"))),
        QueryHash hash => EncodeHash(hash, key),
        _ => string.Empty,
    };

    /// <summary>Ruby's <c>CGI.escape</c>: everything but <c>a-zA-Z0-9_.-~</c> is percent-encoded, spaces become <c>+</c>.</summary>
    public static string CgiEscape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
