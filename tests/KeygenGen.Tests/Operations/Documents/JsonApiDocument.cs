using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Keygen.Tests.Operations.Documents;

/// <summary>Top-level documents: one resource (with optional <c>meta</c>) or a list with its paging links.</summary>
public static class JsonApiDocument
{
    public static string Single(JsonObject resource, JsonObject? meta = null)
    {
        var document = new JsonObject { ["data"] = resource };
        if (meta is not null)
        {
            document["meta"] = meta;
        }

        return document.ToJsonString();
    }

    /// <summary>A document whose primary data is <c>null</c> (e.g. a validation that found no license).</summary>
    public static string Null(JsonObject meta) => new JsonObject { ["data"] = null, ["meta"] = meta }.ToJsonString();

    /// <summary>A keyset page: <c>links.self</c> and <c>links.next</c> (null on the last page), as Keygen sends them.</summary>
    public static string List(IEnumerable<JsonObject> resources, string self, string? next) =>
        new JsonObject
        {
            ["data"] = new JsonArray(resources.Cast<JsonNode?>().ToArray()),
            ["links"] = new JsonObject { ["self"] = self, ["next"] = next },
        }.ToJsonString();
}
