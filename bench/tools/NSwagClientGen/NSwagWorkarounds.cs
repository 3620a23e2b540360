using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace NSwagClientGen;

/// <summary>Changes to the document that NSwag 14.8 needs to emit a client that compiles.</summary>
internal static class NSwagWorkarounds
{
    /// <summary>
    /// Removes <c>deepObject</c> query parameters whose schema is a free-form object (Keygen's <c>metadata[key]=value</c>
    /// filter): NSwag types them <c>object</c> and then enumerates <c>metadata.AdditionalProperties</c>, which does not compile.
    /// No benchmarked call uses the filter. Returns how many were removed.
    /// </summary>
    public static int RemoveFreeFormDeepObjectQueries(JsonObject document)
    {
        int removed = 0;
        foreach (JsonNode? pathItem in document["paths"]!.AsObject().Select(p => p.Value))
        {
            IEnumerable<JsonArray> parameterLists = pathItem!.AsObject()
                .Select(member => member.Value is JsonObject operation ? operation["parameters"] : null)
                .Prepend(pathItem["parameters"])
                .OfType<JsonArray>();
            foreach (JsonArray parameters in parameterLists)
            {
                foreach (JsonNode? parameter in parameters.Where(IsFreeFormDeepObjectQuery).ToList())
                {
                    parameters.Remove(parameter);
                    removed++;
                }
            }
        }

        return removed;
    }

    private static bool IsFreeFormDeepObjectQuery(JsonNode? parameter) =>
        parameter?["in"]?.GetValue<string>() == "query"
        && parameter["style"]?.GetValue<string>() == "deepObject"
        && parameter["schema"] is JsonObject schema
        && schema["type"]?.GetValue<string>() == "object"
        && !schema.ContainsKey("properties")
        && !schema.ContainsKey("additionalProperties");

    /// <summary>
    /// Turns string enums with a value other than letters and digits (<c>license.read</c>, <c>NOT_FOUND</c>) into plain
    /// strings: NSwag's System.Text.Json output marks values with <c>[EnumMember]</c>, which System.Text.Json ignores, so it
    /// matches JSON values against C# member names and fails on such values. Returns how many enums were changed.
    /// </summary>
    public static int TypeNonIdentifierEnumsAsStrings(JsonNode node)
    {
        int changed = 0;
        if (node is JsonObject obj)
        {
            if (obj["enum"] is JsonArray values && values.Any(v => v?.GetValue<string>() is { } text && !text.All(char.IsAsciiLetterOrDigit)))
            {
                obj.Remove("enum");
                changed++;
            }

            foreach (JsonNode? child in obj.Select(member => member.Value).ToList())
            {
                changed += child is null ? 0 : TypeNonIdentifierEnumsAsStrings(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? child in array)
            {
                changed += child is null ? 0 : TypeNonIdentifierEnumsAsStrings(child);
            }
        }

        return changed;
    }
}
