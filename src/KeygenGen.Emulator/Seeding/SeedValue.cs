using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// One attribute value given to seeding, as a test writes it: a JSON node, a string (a table cell), a number, a bool,
/// a time, a <see cref="DataRecord"/> or a stored row. Each read converts it to the shape the column needs, or fails
/// with a message naming the attribute.
/// </summary>
internal readonly struct SeedValue
{
    private readonly object? _value;

    public SeedValue(string name, object? value)
    {
        Name = name;
        _value = value is JsonValue json ? Unwrap(json) : value;
    }

    public string Name { get; }

    public bool IsNull => _value is null;

    public object? Raw => _value;

    public string? String() => _value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        JsonNode node => node.ToJsonString(),
        DataRecord record => record.Id,
        Entity entity => entity.Id.ToString(),
        _ => throw Invalid("a string"),
    };

    public string RequiredString() => String() ?? throw Invalid("a string");

    public long? Long() => _value switch
    {
        null => null,
        long number => number,
        int number => number,
        double number when number == Math.Floor(number) => (long)number,
        decimal number when number == Math.Floor(number) => (long)number,
        string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        string text when text.Length == 0 => null,
        _ => throw Invalid("an integer"),
    };

    public int? Int() => Long() is { } number ? checked((int)number) : null;

    public bool? Bool() => _value switch
    {
        null => null,
        bool flag => flag,
        string text when bool.TryParse(text, out var flag) => flag,
        string text when text is "1" or "0" => text == "1",
        _ => throw Invalid("true or false"),
    };

    public DateTimeOffset? Time() => _value switch
    {
        null => null,
        DateTimeOffset time => time,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        string text when DateTimeOffset.TryParse(RailsUtc(text), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => time,
        _ => throw Invalid("a time"),
    };

    /// <summary>
    /// A JSON object (metadata); a string is parsed as JSON, as the suite's table cells hold it. Its keys are kept in
    /// lowerCamelCase, as the emulator keeps a request body's, so a seeded object renders as one sent to the API does.
    /// </summary>
    public JsonObject? Object() => _value switch
    {
        null => null,
        JsonObject obj => (JsonObject)KeyCase.NormalizeKeys(obj)!,
        string text => KeyCase.NormalizeKeys(JsonNode.Parse(text)) as JsonObject ?? throw Invalid("a JSON object"),
        _ => throw Invalid("a JSON object"),
    };

    public JsonNode? Json() => _value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        long number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        _ => throw Invalid("a JSON value"),
    };

    /// <summary>A list of strings: a JSON array, or a comma-separated table cell.</summary>
    public List<string>? Strings() => _value switch
    {
        null => null,
        JsonArray array => array.Select(item => item?.GetValue<string>() ?? string.Empty).ToList(),
        string text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
        _ => throw Invalid("a list of strings"),
    };

    public ArgumentException Invalid(string expected) =>
        new($"Attribute '{Name}' must be {expected}; got {Describe(_value)}.");

    /// <summary>Rails prints times as <c>2024-01-02 03:04:05 UTC</c>; the zone name becomes the offset .NET reads.</summary>
    private static string RailsUtc(string text) => text.EndsWith(" UTC", StringComparison.Ordinal) ? text[..^4] + "Z" : text;

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        JsonNode node => node.ToJsonString(),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static object? Unwrap(JsonValue json) => json.GetValueKind() switch
    {
        JsonValueKind.String => json.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when json.TryGetValue<long>(out var integer) => integer,
        JsonValueKind.Number => json.GetValue<double>(),
        JsonValueKind.Null => null,
        _ => json,
    };
}
