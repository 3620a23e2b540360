using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keygen.Acceptance.Json;

/// <summary>
/// The comparisons the suite's steps make with RSpec, on JSON: <see cref="Equal"/> (<c>eq</c>: the same value, numbers
/// compared as numbers, object key order ignored), <see cref="Includes"/> (<c>include</c> on a hash: every expected
/// key present with an equal value, nothing deeper), and <see cref="DeepIncludes"/> (the suite's <c>deep_include</c>:
/// objects and arrays matched recursively). Each returns null on success, else where and how they differ.
/// </summary>
internal static class JsonMatch
{
    public static string? Equal(JsonNode? actual, JsonNode? expected, string path = "")
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                if (Members(actual, expectedObject, path, Equal) is { } difference)
                {
                    return difference;
                }

                var actualObject = (JsonObject)actual!;
                var extra = actualObject.Select(p => p.Key).FirstOrDefault(key => !expectedObject.ContainsKey(key));
                return extra is null ? null : $"{Path(path, extra)} is not expected (got {Show(actualObject[extra])})";
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    return Differs(path, actual, expected);
                }

                if (actualArray.Count != expectedArray.Count)
                {
                    return $"{Display(path)} has {actualArray.Count} items, expected {expectedArray.Count}";
                }

                return Enumerable.Range(0, expectedArray.Count).Select(i => Equal(actualArray[i], expectedArray[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            default:
                return ScalarEquals(actual, expected) ? null : Differs(path, actual, expected);
        }
    }

    /// <summary>RSpec's <c>include</c> on a hash: each expected key is present and its value <see cref="Equal"/>.</summary>
    public static string? Includes(JsonNode? actual, JsonNode? expected, string path = "") =>
        expected is JsonObject expectedObject ? Members(actual, expectedObject, path, Equal) : Equal(actual, expected, path);

    /// <summary>The suite's <c>deep_include</c>: objects by included keys, arrays by each expected item matching some actual item.</summary>
    public static string? DeepIncludes(JsonNode? actual, JsonNode? expected, string path = "") => expected switch
    {
        JsonObject expectedObject => Members(actual, expectedObject, path, DeepIncludes),
        JsonArray expectedArray when actual is JsonArray actualArray => expectedArray
            .Where(item => !actualArray.Any(candidate => DeepIncludes(candidate, item, path) is null))
            .Select(item => $"{Display(path)} has no item matching {Show(item)}")
            .FirstOrDefault(),
        _ => ScalarEquals(actual, expected) ? null : Differs(path, actual, expected),
    };

    /// <summary>Each expected member is present in <paramref name="actual"/> and matches by <paramref name="compare"/>.</summary>
    private static string? Members(JsonNode? actual, JsonObject expected, string path, Func<JsonNode?, JsonNode?, string, string?> compare)
    {
        if (actual is not JsonObject actualObject)
        {
            return Differs(path, actual, expected);
        }

        foreach (var (key, value) in expected)
        {
            if (!actualObject.TryGetPropertyValue(key, out var actualValue))
            {
                return $"{Path(path, key)} is missing (expected {Show(value)})";
            }

            if (compare(actualValue, value, Path(path, key)) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>Ruby's <c>==</c> on parsed JSON scalars: numbers by value (1 == 1.0), everything else exactly.</summary>
    public static bool ScalarEquals(JsonNode? actual, JsonNode? expected)
    {
        if (actual is null || expected is null)
        {
            return actual is null && expected is null;
        }

        if (actual is not JsonValue a || expected is not JsonValue e)
        {
            return false;
        }

        var (kindA, kindE) = (a.GetValueKind(), e.GetValueKind());
        if (kindA == JsonValueKind.Number && kindE == JsonValueKind.Number)
        {
            return Number(a) == Number(e);
        }

        return kindA == kindE && kindA switch
        {
            JsonValueKind.String => a.GetValue<string>() == e.GetValue<string>(),
            JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => true,
            _ => a.ToJsonString() == e.ToJsonString(),
        };
    }

    /// <summary>A JSON number's value (0 for null), whatever CLR type the node was made from.</summary>
    public static decimal Number(JsonNode? node) =>
        node is null ? 0 : decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A short rendering of a value for messages: long values are cut.</summary>
    public static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 160 ? text : text[..157] + "...";
    }

    /// <summary>Ruby's <c>to_s</c> of a JSON value, as the suite compares attributes with <c>.to_s</c>.</summary>
    public static string RubyString(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => RubyNumber(value),
        _ => node.ToJsonString(),
    };

    private static string RubyNumber(JsonValue value)
    {
        var text = value.ToJsonString();
        // Ruby prints a JSON float like 1.0 as "1.0" and an integer as is; keep JSON's own text otherwise.
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.OrdinalIgnoreCase)
            ? double.Parse(text, CultureInfo.InvariantCulture).ToString("0.0###############", CultureInfo.InvariantCulture)
            : text;
    }

    private static string Differs(string path, JsonNode? actual, JsonNode? expected) =>
        $"{Display(path)} is {Show(actual)}, expected {Show(expected)}";

    private static string Path(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Display(string path) => path.Length == 0 ? "the value" : path;
}
