using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Postgres' jsonb containment (<c>container @&gt; contained</c>), which Keygen's metadata filters run on: an object
/// contains another when it has each of its keys with a containing value, an array when each of its elements is
/// contained by some element (order and duplicates aside), a scalar only an equal scalar.
/// </summary>
internal static class JsonContainment
{
    /// <summary>
    /// Keys compare as Keygen stores them, underscored (the emulator keeps the API's camelCase), against the key as the
    /// query spelt it.
    /// </summary>
    public static bool Contains(JsonNode? container, JsonNode? contained) => (container, contained) switch
    {
        (null, null) => true,
        (JsonObject outer, JsonObject inner) => inner.All(member =>
            outer.FirstOrDefault(o => KeyCase.Underscore(o.Key) == member.Key) is { Key: not null } match && Contains(match.Value, member.Value)),
        (JsonArray outer, JsonArray inner) => inner.All(item => outer.Any(o => Contains(o, item))),
        (JsonValue outer, JsonValue inner) => SameScalar(outer, inner),
        _ => false,
    };

    private static bool SameScalar(JsonValue left, JsonValue right)
    {
        if (left.GetValueKind() != right.GetValueKind())
        {
            return false;
        }

        return left.TryGetValue<double>(out var a) && right.TryGetValue<double>(out var b) ? a == b : left.ToJsonString() == right.ToJsonString();
    }
}
