using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Keygen's <c>JsonValidator</c> on a resource's metadata (<c>maximum_bytesize: 16.kilobytes, maximum_depth: 4,
/// maximum_keys: 64</c>): the JSON text, the nesting of objects and arrays, and the keys at every level, each a
/// <c>METADATA_TOO_LONG</c>.
/// </summary>
internal static class MetadataRules
{
    private const int MaximumBytes = 16 * 1024;
    private const int MaximumDepth = 4;
    private const int MaximumKeys = 64;

    public static void Check(ValidationErrors errors, JsonObject? metadata)
    {
        if (metadata is null || metadata.Count == 0)
        {
            return;
        }

        if (Encoding.UTF8.GetByteCount(metadata.ToJsonString()) > MaximumBytes)
        {
            errors.Attribute("metadata", "TOO_LONG", $"too large (exceeded limit of {MaximumBytes} bytes)");
        }

        if (Depth(metadata) > MaximumDepth)
        {
            errors.Attribute("metadata", "TOO_LONG", $"too many items (exceeded limit of {MaximumDepth} items)");
        }

        if (Keys(metadata) > MaximumKeys)
        {
            errors.Attribute("metadata", "TOO_LONG", $"too many keys (exceeded limit of {MaximumKeys} keys)");
        }
    }

    private static int Depth(JsonNode? node) => node switch
    {
        JsonObject obj => 1 + obj.Select(m => Depth(m.Value)).DefaultIfEmpty(0).Max(),
        JsonArray array => 1 + array.Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static int Keys(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Count + obj.Sum(m => Keys(m.Value)),
        JsonArray array => array.Sum(Keys),
        _ => 0,
    };
}
