using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.JsonApi;

/// <summary>Top-level JSON:API documents.</summary>
internal static class Documents
{
    public static JsonObject Single(JsonObject? data, JsonObject? meta = null)
    {
        var document = new JsonObject { ["data"] = data };
        if (meta is not null)
        {
            document["meta"] = meta;
        }

        return document;
    }

    public static JsonObject List(IEnumerable<JsonObject> data, JsonObject? links)
    {
        var document = new JsonObject { ["data"] = new JsonArray(data.Select(d => (JsonNode?)d).ToArray()) };
        if (links is not null)
        {
            document["links"] = links;
        }

        return document;
    }
}
