using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Keygen.Acceptance.Sdk;

/// <summary>Walking the JSON the checks look into.</summary>
internal static class Json
{
    /// <summary>The objects of a value that is one object or an array of them (JSON:API <c>data</c>); none for anything else.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList(),
        JsonValueKind.Object => [value],
        _ => [],
    };

    /// <summary>The member names of an object; none for anything else.</summary>
    public static IEnumerable<string> Names(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object ? value.EnumerateObject().Select(m => m.Name).ToList() : [];
}
