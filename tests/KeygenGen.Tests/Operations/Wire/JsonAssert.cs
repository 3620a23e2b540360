using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit.Sdk;

namespace Keygen.Tests.Operations.Wire;

/// <summary>
/// Compares JSON by structure, not by text: objects as sets of members (order and whitespace do not matter, a duplicate
/// member does), arrays in order, numbers by value, strings after unescaping.
/// </summary>
public static class JsonAssert
{
    public static void Equivalent(string expected, ReadOnlySpan<byte> actual)
    {
        using JsonDocument expectedDocument = JsonDocument.Parse(expected);
        JsonDocument actualDocument;
        try
        {
            actualDocument = JsonDocument.Parse(actual.ToArray());
        }
        catch (JsonException e)
        {
            throw new XunitException($"The body is not JSON ({e.Message}): {Encoding.UTF8.GetString(actual)}");
        }

        using (actualDocument)
        {
            string? difference = Difference(expectedDocument.RootElement, actualDocument.RootElement, "$");
            if (difference is not null)
            {
                throw new XunitException($"JSON differs at {difference}\nExpected: {expected}\nActual:   {Encoding.UTF8.GetString(actual)}");
            }
        }
    }

    private static string? Difference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {expected.GetRawText()}, got {actual.ValueKind} {actual.GetRawText()}";
        }

        return expected.ValueKind switch
        {
            JsonValueKind.Object => ObjectDifference(expected, actual, path),
            JsonValueKind.Array => ArrayDifference(expected, actual, path),
            JsonValueKind.String => expected.GetString() == actual.GetString() ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}",
            JsonValueKind.Number => expected.GetDecimal() == actual.GetDecimal() ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}",
            _ => null,
        };
    }

    private static string? ObjectDifference(JsonElement expected, JsonElement actual, string path)
    {
        List<string> actualNames = actual.EnumerateObject().Select(p => p.Name).ToList();
        string? duplicate = actualNames.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            return $"{path}: member \"{duplicate}\" is sent twice";
        }

        List<string> expectedNames = expected.EnumerateObject().Select(p => p.Name).ToList();
        string[] missing = expectedNames.Except(actualNames, StringComparer.Ordinal).ToArray();
        string[] extra = actualNames.Except(expectedNames, StringComparer.Ordinal).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
        {
            return $"{path}: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]";
        }

        return expected.EnumerateObject()
            .Select(member => Difference(member.Value, actual.GetProperty(member.Name), $"{path}.{member.Name}"))
            .FirstOrDefault(difference => difference is not null);
    }

    private static string? ArrayDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.GetArrayLength() != actual.GetArrayLength())
        {
            return $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}";
        }

        return expected.EnumerateArray().Zip(actual.EnumerateArray())
            .Select((pair, index) => Difference(pair.First, pair.Second, $"{path}[{index}]"))
            .FirstOrDefault(difference => difference is not null);
    }
}
