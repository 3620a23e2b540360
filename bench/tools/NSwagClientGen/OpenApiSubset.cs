using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace NSwagClientGen;

/// <summary>
/// Cuts an OpenAPI 3 document down to some paths and the component schemas they reach (transitively), so the generated
/// client holds only the benchmarked operations and their models.
/// </summary>
internal static class OpenApiSubset
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    /// <summary>Keeps <paramref name="paths"/>; returns the paths that the document does not have.</summary>
    public static IReadOnlyList<string> Keep(JsonObject document, IReadOnlyCollection<string> paths)
    {
        JsonObject allPaths = document["paths"]!.AsObject();
        List<string> missing = paths.Where(path => !allPaths.ContainsKey(path)).ToList();
        foreach (string path in allPaths.Select(p => p.Key).Where(path => !paths.Contains(path)).ToList())
        {
            allPaths.Remove(path);
        }

        JsonObject schemas = document["components"]!["schemas"]!.AsObject();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>([allPaths, .. document["components"]!.AsObject().Where(c => c.Key != "schemas").Select(c => c.Value!)]);
        while (pending.TryPop(out JsonNode? node))
        {
            foreach (string name in SchemaRefs(node))
            {
                if (reached.Add(name) && schemas[name] is { } schema)
                {
                    pending.Push(schema);
                }
            }
        }

        foreach (string name in schemas.Select(s => s.Key).Where(name => !reached.Contains(name)).ToList())
        {
            schemas.Remove(name);
        }

        return missing;
    }

    private static IEnumerable<string> SchemaRefs(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach ((string key, JsonNode? value) in obj)
                {
                    if (key == "$ref" && value?.GetValue<string>() is { } target && target.StartsWith(SchemaRefPrefix, StringComparison.Ordinal))
                    {
                        yield return target[SchemaRefPrefix.Length..];
                    }
                    else if (value is not null)
                    {
                        foreach (string name in SchemaRefs(value))
                        {
                            yield return name;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        foreach (string name in SchemaRefs(item))
                        {
                            yield return name;
                        }
                    }
                }

                break;
        }
    }
}
