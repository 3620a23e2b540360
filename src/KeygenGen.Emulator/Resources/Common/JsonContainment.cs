using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Postgres' jsonb containment (<c>container @&gt; contained</c>), which Keygen's metadata filters and searches run on:
/// an object contains another when it has each of its keys with a containing value, an array when each of its elements
/// is contained by some element (order and duplicates aside), a scalar only an equal scalar.
/// </summary>
internal static partial class JsonContainment
{
    /// <summary>
    /// Keys compare as Keygen stores them, underscored (the emulator keeps the API's camelCase), against the key as the
    /// query spelt it.
    /// </summary>
    public static bool Contains(JsonNode? container, JsonNode? contained) => (container, contained) switch
    {
        (null, null) => true,
        (JsonObject outer, JsonObject inner) => inner.All(member => HasMember(outer, member.Key, member.Value)),
        (JsonArray outer, JsonArray inner) => inner.All(item => outer.Any(o => Contains(o, item))),
        (JsonValue outer, JsonValue inner) => SameScalar(outer, inner),
        _ => false,
    };

    /// <summary>
    /// One term of Keygen's <c>search_metadata</c> (license.rb, user.rb, machine.rb): the metadata contains
    /// <c>{key: value}</c>, the key underscored and parameterized as Keygen does, or, since query-string values arrive as
    /// text, <c>{key: literal}</c> for the literal a text value spells (<c>true</c>, <c>false</c>, <c>null</c>, an integer
    /// or a decimal).
    /// </summary>
    public static bool ContainsTerm(JsonObject metadata, string key, JsonNode? value)
    {
        var searchKey = KeyCase.Parameterize(key);
        return HasMember(metadata, searchKey, value)
            || (value is JsonValue text && text.TryGetValue(out string? spelt) && Literal(spelt) is { } literal && HasMember(metadata, searchKey, literal.Value));
    }

    private static bool HasMember(JsonObject container, string key, JsonNode? value) =>
        container.FirstOrDefault(o => KeyCase.Underscore(o.Key) == key) is { Key: not null } match && Contains(match.Value, value);

    private static (JsonNode? Value, bool Cast)? Literal(string text) => text switch
    {
        "true" => (JsonValue.Create(true), true),
        "false" => (JsonValue.Create(false), true),
        "null" => (null, true),
        _ when IntegerLiteral().IsMatch(text) => (JsonNode.Parse(text), true),
        _ when DecimalLiteral().IsMatch(text) => (JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)), true),
        _ => null,
    };

    private static bool SameScalar(JsonValue left, JsonValue right)
    {
        if (left.GetValueKind() != right.GetValueKind())
        {
            return false;
        }

        return left.TryGetValue<double>(out var a) && right.TryGetValue<double>(out var b) ? a == b : left.ToJsonString() == right.ToJsonString();
    }

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex IntegerLiteral();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+$")]
    private static partial Regex DecimalLiteral();
}
