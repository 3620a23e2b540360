using System;
using System.Collections.Generic;
using System.Linq;

namespace Keygen.Tests.Operations.Wire;

/// <summary>Decodes a raw query string into its name/value pairs, keeping order and repeats (<c>roles[]=a&amp;roles[]=b</c>).</summary>
public static class QueryString
{
    public static IReadOnlyList<(string Name, string Value)> Parse(string rawQuery) =>
        rawQuery.Length == 0
            ? []
            : rawQuery.Split('&').Select(pair =>
            {
                int equals = pair.IndexOf('=', StringComparison.Ordinal);
                return equals < 0
                    ? (Decode(pair), string.Empty)
                    : (Decode(pair[..equals]), Decode(pair[(equals + 1)..]));
            }).ToList();

    private static string Decode(string component) => Uri.UnescapeDataString(component.Replace('+', ' '));
}
