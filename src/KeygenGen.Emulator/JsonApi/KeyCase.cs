using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.JsonApi;

/// <summary>
/// Keygen accepts request keys in camelCase or snake_case (it underscores every key before checking it) and answers
/// in lowerCamelCase. The emulator normalises every request key to lowerCamelCase once, on the way in (parameterized
/// first, as Keygen's JSON parameter parser does).
/// </summary>
internal static class KeyCase
{
    /// <summary>Rails' <c>underscore</c>: <c>maxMachines</c>, <c>max-machines</c> and <c>max_machines</c> all become <c>max_machines</c>.</summary>
    public static string Underscore(string key)
    {
        var builder = new StringBuilder(key.Length + 8);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? key[i - 1] : '\0';
                var next = i + 1 < key.Length ? key[i + 1] : '\0';
                var startsWord = char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next));
                if (i > 0 && startsWord && builder[^1] != '_')
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c == '-' ? '_' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Rails' <c>camelize(:lower)</c> of the underscored key.</summary>
    public static string ToCamel(string key)
    {
        var parts = Underscore(key).Split('_');
        var builder = new StringBuilder(parts[0]);
        foreach (var part in parts.Skip(1).Where(p => p.Length > 0))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }

        return builder.ToString();
    }

    /// <summary><c>maxMachines</c> → <c>MAX_MACHINES</c>, the shape of Keygen's validation error codes.</summary>
    public static string ToUpperSnake(string key) => Underscore(key).ToUpperInvariant();

    /// <summary>
    /// Keygen's request key transform, <c>underscore.parameterize(separator: '_')</c>: accents dropped, every run of
    /// other characters but letters, digits and <c>-</c> one <c>_</c>, none at either end, lower case.
    /// <c>"example key 4"</c> becomes <c>example_key_4</c>.
    /// </summary>
    public static string Parameterize(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in Underscore(key).Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString().TrimEnd('_');
    }

    /// <summary>A deep copy of <paramref name="node"/> with every object key in lowerCamelCase (later duplicates win, as in Rails).</summary>
    public static JsonNode? NormalizeKeys(JsonNode? node) => node switch
    {
        JsonObject obj => NormalizeObject(obj),
        JsonArray array => new JsonArray(array.Select(NormalizeKeys).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonObject NormalizeObject(JsonObject obj)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            result[ToCamel(Parameterize(key))] = NormalizeKeys(value);
        }

        return result;
    }
}
