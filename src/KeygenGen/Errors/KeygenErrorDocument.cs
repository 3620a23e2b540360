using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Keygen;

/// <summary>
/// Reads Keygen's error document (<c>{"errors":[{"title","detail","code","source":{…},"links":{"about"}}],"meta":{"id"}}</c>)
/// with <see cref="JsonDocument"/>: no reflection, so it stays trimming- and AOT-safe. Members of an unexpected type are ignored.
/// Every string read is redacted, because Keygen may echo the caller's credentials (e.g. in a detail), and these strings
/// are what people log.
/// </summary>
internal static class KeygenErrorDocument
{
    /// <summary>Parses <paramref name="body"/>; on failure <paramref name="problem"/> says why (without quoting the body).</summary>
    public static bool TryParse(ReadOnlyMemory<byte> body, KeygenRedactor redactor, out IReadOnlyList<KeygenApiError> errors, out string? requestId, out string? problem)
    {
        errors = [];
        requestId = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("errors", out JsonElement array)
                || array.ValueKind != JsonValueKind.Array)
            {
                problem = "is JSON but not a JSON:API error document (it has no \"errors\" array)";
                return false;
            }

            var list = new List<KeygenApiError>(array.GetArrayLength());
            foreach (JsonElement error in array.EnumerateArray())
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    list.Add(ReadError(error, redactor));
                }
            }

            errors = list;
            requestId = String(Member(root, "meta"), "id", redactor);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // JsonDocument checks a string's UTF-8 and escapes only when it is read: invalid ones throw InvalidOperationException.
            problem = "is not valid JSON (" + e.Message + ")";
            return false;
        }
    }

    private static KeygenApiError ReadError(JsonElement error, KeygenRedactor redactor)
    {
        JsonElement? source = Member(error, "source");
        KeygenErrorSource? errorSource = source is null
            ? null
            : new KeygenErrorSource(String(source, "pointer", redactor), String(source, "parameter", redactor), String(source, "header", redactor));
        return new KeygenApiError(
            String(error, "title", redactor),
            String(error, "detail", redactor),
            String(error, "code", redactor),
            errorSource,
            String(Member(error, "links"), "about", redactor));
    }

    private static JsonElement? Member(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    private static string? String(JsonElement? parent, string name, KeygenRedactor redactor) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? redactor.Redact(value.GetString()!)
            : null;
}
