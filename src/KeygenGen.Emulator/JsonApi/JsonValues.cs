using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.JsonApi;

/// <summary>How values are written on the wire: timestamps as ISO-8601 UTC with milliseconds, like Rails.</summary>
internal static class JsonValues
{
    /// <summary>Writes non-ASCII text as is and keeps <c>+</c> and <c>/</c> readable (base64, keys), as Ruby's JSON does.</summary>
    public static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonNode? Of(DateTimeOffset? time) => time is { } t ? JsonValue.Create(Timestamp(t)) : null;

    public static JsonNode? Of(string? text) => text is null ? null : JsonValue.Create(text);

    public static JsonNode? Of(int? number) => number is { } n ? JsonValue.Create(n) : null;

    public static JsonNode? Of(long? number) => number is { } n ? JsonValue.Create(n) : null;

    public static JsonNode Of(bool flag) => JsonValue.Create(flag);

    public static JsonNode? Of(IEnumerable<string>? items) => items is null ? null : new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());

    public static string Serialize(JsonNode node) => node.ToJsonString(Wire);
}
