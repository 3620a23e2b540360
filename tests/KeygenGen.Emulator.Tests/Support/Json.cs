using System.Linq;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.Tests.Support;

/// <summary>Builds JSON:API request bodies.</summary>
internal static class Json
{
    public static JsonObject Resource(string type, JsonObject? attributes = null, JsonObject? relationships = null)
    {
        var data = new JsonObject { ["type"] = type };
        if (attributes is not null)
        {
            data["attributes"] = attributes;
        }

        if (relationships is not null)
        {
            data["relationships"] = relationships;
        }

        return new JsonObject { ["data"] = data };
    }

    public static JsonObject Relationship(string name, string type, string id) =>
        new() { [name] = new JsonObject { ["data"] = new JsonObject { ["type"] = type, ["id"] = id } } };

    public static JsonObject Meta(JsonObject meta) => new() { ["meta"] = meta };

    /// <summary>An attach/detach body: <c>{ "data": [{ type, id }, …] }</c>.</summary>
    public static JsonObject Linkages(string type, params string[] ids) =>
        new() { ["data"] = new JsonArray(ids.Select(id => (JsonNode?)new JsonObject { ["type"] = type, ["id"] = id }).ToArray()) };

    /// <summary>A to-one relationship change body: <c>{ "data": { type, id } }</c>, or <c>{ "data": null }</c>.</summary>
    public static JsonObject Linkage(string type, string? id) =>
        new() { ["data"] = id is null ? null : new JsonObject { ["type"] = type, ["id"] = id } };
}
