using System;
using System.Globalization;
using System.Text.Json;

namespace Keygen.Signatures;

/// <summary>Small, non-throwing readers over untrusted JSON, shared by webhook events and license datasets.</summary>
internal static class JsonReading
{
    /// <summary>Parses a JSON object and detaches it from its pooled buffers; null when not a JSON object.</summary>
    public static JsonElement? ParseObject(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The value at a path of property names, or null when any step is missing or not an object.</summary>
    public static JsonElement? At(this JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    /// <summary>The string at a path; null when absent, not a string, or not text (an escaped lone surrogate has no UTF-8 form).</summary>
    public static string? StringAt(this JsonElement element, params ReadOnlySpan<string> path) =>
        element.At(path) is { ValueKind: JsonValueKind.String } value ? Text(value) : null;

    private static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>An ISO 8601 time; <paramref name="valid"/> is false when present but not a time.</summary>
    public static DateTimeOffset? TimeAt(this JsonElement element, string name, out bool valid)
    {
        var value = element.At(name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            valid = true;
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.String &&
            DateTimeOffset.TryParse(Text(value.Value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            valid = true;
            return time;
        }

        valid = false;
        return null;
    }
}
