using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Versions;

/// <summary>
/// Metadata up to 1.4: the keys nested inside a metadata value were snake_case (only the top-level keys were
/// camelCased). Keygen's <c>update_nested_key_casing_to_snakecase_for_metadata</c>.
/// </summary>
internal static class MetadataMigrations
{
    public static readonly ResponseMigration[] All =
    [
        new("1.4", (_, status) => ResponseMigrations.Succeeded(status), UnderscoreNestedKeys),
    ];

    private static void UnderscoreNestedKeys(JsonObject document)
    {
        foreach (var resource in ResponseMigrations.Resources(document))
        {
            if (resource["attributes"]?["metadata"] is not JsonObject metadata)
            {
                continue;
            }

            foreach (var key in metadata.Select(p => p.Key).ToList())
            {
                metadata[key] = metadata[key] switch
                {
                    JsonObject nested => Underscored(nested),
                    JsonArray items => new JsonArray(items.Select(item => item is JsonObject o ? Underscored(o) : item?.DeepClone()).ToArray()),
                    var value => value?.DeepClone(),
                };
            }
        }
    }

    private static JsonNode? Underscored(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(KeyCase.Underscore(p.Key), Underscored(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Underscored).ToArray()),
        _ => node?.DeepClone(),
    };
}
