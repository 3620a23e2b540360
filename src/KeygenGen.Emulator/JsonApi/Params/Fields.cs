using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.JsonApi.Params;

/// <summary>Typed reads from an already validated request object; <see cref="Has"/> tells "sent" from "not sent" (PATCH).</summary>
internal sealed class Fields
{
    private static readonly Fields Empty = new(new JsonObject());
    private readonly JsonObject _object;

    private Fields(JsonObject obj)
    {
        _object = obj;
    }

    public static Fields Of(JsonObject? obj) => obj is null ? Empty : new Fields(obj);

    public bool Has(string name) => _object.ContainsKey(name);

    public Fields Child(string name) => Of(_object[name] as JsonObject);

    public string? String(string name) => _object[name]?.GetValue<string>();

    public bool? Bool(string name) => _object[name]?.GetValue<bool>();

    /// <summary>A 64-bit integer; a larger one is Keygen's 400 "integer is too large", naming <paramref name="source"/> where Keygen does.</summary>
    public long? Long(string name, ErrorSource? source = null)
    {
        if (_object[name] is not JsonValue value)
        {
            return null;
        }

        return value.TryGetValue<long>(out var number) ? number : throw Errors.BadRequest("integer is too large", source);
    }

    /// <summary>An integer stored in a 32-bit column; larger values are Keygen's 400 "integer is too large".</summary>
    public int? Int(string name) => Long(name) switch
    {
        null => null,
        >= int.MinValue and <= int.MaxValue and var number => (int)number,
        _ => throw Errors.BadRequest("integer is too large"),
    };

    public DateTimeOffset? Time(string name) =>
        String(name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    public List<string>? Strings(string name) => (_object[name] as JsonArray)?.Select(item => item!.GetValue<string>()).ToList();

    /// <summary>An array of objects, e.g. the inline <c>data</c> items of a to-many relationship; empty when absent.</summary>
    public IReadOnlyList<Fields> Items(string name) => (_object[name] as JsonArray)?.Select(item => Of(item as JsonObject)).ToList() ?? [];

    public JsonObject? Object(string name) => _object[name]?.DeepClone() as JsonObject;

    /// <summary>A value of any kind (a copy), for parameters typed <c>:any</c>.</summary>
    public JsonNode? Node(string name) => _object[name]?.DeepClone();

    /// <summary>The id in <c>relationships.&lt;name&gt;.data.id</c>; null when the linkage is absent or null.</summary>
    public Guid? LinkageId(string relationship) =>
        Child("relationships").Child(relationship).Child("data").String("id") is { } id ? Guid.Parse(id) : null;

    /// <summary>True when <c>relationships.&lt;name&gt;</c> was sent (even with <c>data: null</c>).</summary>
    public bool HasRelationship(string relationship) => Child("relationships").Has(relationship);
}
