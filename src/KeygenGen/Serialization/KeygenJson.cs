using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keygen.Serialization;

/// <summary>
/// Reads and writes the JSON values that generated models are made of. Generated converters call these with the
/// reader on the value's first token; a token of the wrong kind throws <see cref="JsonException"/>, which the
/// document reader turns into <see cref="KeygenMalformedResponseException"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeygenJson
{
    /// <summary>Reads a string.</summary>
    public static string ReadString(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, "a string");

    /// <summary>Reads an <see cref="int"/>.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Unexpected(ref reader, "a 32-bit integer");

    /// <summary>Reads a <see cref="long"/>.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Unexpected(ref reader, "a 64-bit integer");

    /// <summary>Reads a <see cref="double"/>.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : throw Unexpected(ref reader, "a number");

    /// <summary>Reads a boolean.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, "true or false"),
    };

    /// <summary>Reads an ISO-8601 timestamp.</summary>
    public static DateTimeOffset ReadDateTime(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : throw Unexpected(ref reader, "an ISO-8601 timestamp");

    /// <summary>Reads a JSON object, e.g. metadata.</summary>
    public static JsonObject ReadJsonObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "an object");
        }

        var value = JsonNode.Parse(ref reader)!.AsObject();
        try
        {
            ReadAllMembers(value);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new JsonException("An object has a repeated key or a string that is not valid Unicode: " + e.Message, e);
        }

        return value;
    }

    /// <summary>
    /// A parsed <see cref="JsonObject"/> reads its members, and a <see cref="JsonValue"/> its string, only on first use: a
    /// repeated key (ArgumentException) or an invalid string (InvalidOperationException) would throw then, in the caller's
    /// code, long after the call succeeded. Reading everything now makes such a document malformed instead.
    /// </summary>
    private static void ReadAllMembers(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var member in o)
                {
                    ReadAllMembers(member.Value);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    ReadAllMembers(item);
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                _ = v.GetValue<string>();
                break;
        }
    }

    /// <summary>Reads any JSON value.</summary>
    public static JsonElement ReadAny(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, anything else with <paramref name="read"/>.</summary>
    public static T? ReadNullable<T>(ref Utf8JsonReader reader, JsonValueReader<T> read)
        where T : class
        => reader.TokenType == JsonTokenType.Null ? null : read(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, anything else with <paramref name="read"/>.</summary>
    public static T? ReadNullableValue<T>(ref Utf8JsonReader reader, JsonValueReader<T> read)
        where T : struct
        => reader.TokenType == JsonTokenType.Null ? null : read(ref reader);

    /// <summary>Reads an array whose items <paramref name="readItem"/> reads.</summary>
    public static IReadOnlyList<T> ReadList<T>(ref Utf8JsonReader reader, JsonValueReader<T> readItem)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "an array");
        }

        var items = new List<T>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            items.Add(readItem(ref reader));
        }

        return items;
    }

    /// <summary>Moves to the next token; a document that ends early is malformed, not a silent stop.</summary>
    public static JsonTokenType Next(ref Utf8JsonReader reader)
        => reader.Read() ? reader.TokenType : throw new JsonException("The JSON document ended unexpectedly.");

    /// <summary>Checks that the reader is at the start of an object.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "an object");
        }
    }

    /// <summary>
    /// Reads a to-one relationship object (<c>{"data": {"type", "id"} | null, "links": …}</c>) and returns the
    /// linkage id, or null when the linkage is null or absent (to-many and links-only relationships).
    /// </summary>
    public static string? ReadToOne(ref Utf8JsonReader reader, out string? type)
    {
        type = null;
        string? id = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectObject(ref reader);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            Next(ref reader);
            if (isData && reader.TokenType == JsonTokenType.StartObject)
            {
                (type, id) = ReadTypeAndId(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return id;
    }

    /// <summary>Reads a resource's <c>links</c> object and returns <c>links.self</c>.</summary>
    public static string? ReadSelfLink(ref Utf8JsonReader reader)
    {
        string? self = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectObject(ref reader);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var isSelf = reader.ValueTextEquals("self"u8);
            Next(ref reader);
            if (isSelf && reader.TokenType == JsonTokenType.String)
            {
                self = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return self;
    }

    /// <summary>
    /// The <c>type</c> and <c>id</c> of the resource object at <paramref name="reader"/>, wherever they appear among
    /// its members. The reader is taken by value: this looks ahead on a copy, and the caller's reader stays on the
    /// object's first token for the reader of the type found (how a union picks its member without buffering).
    /// </summary>
    /// <exception cref="JsonException">The value is not an object, or has no string <c>type</c>.</exception>
    public static (string Type, string Id) PeekIdentity(Utf8JsonReader reader)
    {
        ExpectObject(ref reader);
        var (type, id) = ReadTypeAndId(ref reader);
        return (type ?? throw new JsonException("The resource object has no \"type\"."), id ?? string.Empty);
    }

    /// <summary>Reads the object at the reader to its end, keeping its <c>type</c> and <c>id</c> strings.</summary>
    private static (string? Type, string? Id) ReadTypeAndId(ref Utf8JsonReader reader)
    {
        string? type = null, id = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            var isId = reader.ValueTextEquals("id"u8);
            Next(ref reader);
            if (isType)
            {
                type = ReadString(ref reader);
            }
            else if (isId)
            {
                id = ReadString(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return (type, id);
    }

    /// <summary>
    /// Checks a resource object's <c>type</c>: a document holding another kind of resource than the model (a license
    /// where a user was expected) is malformed, not a half-empty model.
    /// </summary>
    public static void ExpectType(ref Utf8JsonReader reader, string expected)
    {
        var type = ReadString(ref reader);
        if (!string.Equals(type, expected, StringComparison.Ordinal))
        {
            throw new JsonException($"Expected a resource of type \"{expected}\" but found \"{type}\".");
        }
    }

    /// <summary>Skips the value at the reader (an unknown member): new server fields never break old clients.</summary>
    public static void Skip(ref Utf8JsonReader reader) => reader.Skip();

    /// <summary>Formats a timestamp as Keygen does: ISO-8601, UTC, milliseconds.</summary>
    public static string FormatDateTime(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes a timestamp as Keygen does.</summary>
    public static void WriteDateTime(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(FormatDateTime(value));

    /// <summary>Writes a free-form object, or <c>null</c>.</summary>
    public static void WriteJsonObject(Utf8JsonWriter writer, JsonObject? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    /// <summary>
    /// Writes any JSON value. A <c>default(JsonElement)</c> holds none (an unset member), which is a mistake in the calling
    /// code: an <see cref="ArgumentException"/> that says so, not the element's own InvalidOperationException.
    /// </summary>
    public static void WriteAny(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException(
                "A JSON value member of the request holds no value (default(JsonElement)); set it to an element such as JsonSerializer.SerializeToElement(…).",
                nameof(value));
        }

        value.WriteTo(writer);
    }

    /// <summary>Writes a list of items with <paramref name="writeItem"/>, or <c>null</c>.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IEnumerable<T>? values, Action<Utf8JsonWriter, T> writeItem)
    {
        if (values is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var value in values)
        {
            writeItem(writer, value);
        }

        writer.WriteEndArray();
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected)
        => new($"Expected {expected} but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
}
