using System;
using System.Collections.Generic;
using System.Net;

namespace Keygen.Emulator.Http.Query;

/// <summary>Parses a raw query string into nested parameters the way Rack does (<c>page[size]=5</c>, <c>roles[]=user</c>).</summary>
internal static class QueryParser
{
    public static QueryHash Parse(string? queryString)
    {
        var root = new QueryHash();
        var text = (queryString ?? string.Empty).TrimStart('?');
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var rawKey = equals < 0 ? pair : pair[..equals];
            var rawValue = equals < 0 ? string.Empty : pair[(equals + 1)..];
            Assign(root, Decode(rawKey), Decode(rawValue));
        }

        return root;
    }

    private static string Decode(string text) => WebUtility.UrlDecode(text);

    private static void Assign(QueryHash root, string key, string value)
    {
        var segments = Segments(key);
        if (segments.Count == 0)
        {
            return;
        }

        QueryHash current = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var isLast = i == segments.Count - 1;
            var nextIsList = !isLast && segments[i + 1].Length == 0 && i + 1 == segments.Count - 1;
            if (isLast)
            {
                current.Members[segment] = new QueryScalar(value);
                return;
            }

            if (nextIsList)
            {
                var list = current.Get(segment) as QueryList ?? Conflict(current, segment, new QueryList(new List<QueryNode>()));
                list.Items.Add(new QueryScalar(value));
                return;
            }

            current = current.Get(segment) as QueryHash ?? Conflict(current, segment, new QueryHash());
        }
    }

    /// <summary>Rack refuses a key used both as a scalar and as a nested value (e.g. <c>a=1&amp;a[b]=2</c>).</summary>
    private static T Conflict<T>(QueryHash parent, string segment, T created)
        where T : QueryNode
    {
        if (parent.Members.ContainsKey(segment))
        {
            throw Errors.BeforeControllerBadRequest(
                "The request could not be completed because it contains invalid query parameters (check encoding)",
                "PARAMETERS_INVALID");
        }

        parent.Members[segment] = created;
        return created;
    }

    /// <summary><c>a[b][]</c> → <c>["a", "b", ""]</c>.</summary>
    private static List<string> Segments(string key)
    {
        var bracket = key.IndexOf('[', StringComparison.Ordinal);
        if (bracket <= 0)
        {
            return key.Length == 0 ? [] : [key];
        }

        var segments = new List<string> { key[..bracket] };
        var rest = key[bracket..];
        while (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            segments.Add(rest[1..close]);
            rest = rest[(close + 1)..];
        }

        return segments;
    }
}
