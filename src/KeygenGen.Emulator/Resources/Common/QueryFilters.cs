using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Common;

/// <summary>List filters as Keygen's <c>has_scope</c> applies them: top-level query parameters, unknown ones ignored.</summary>
internal static class QueryFilters
{
    /// <summary>Keeps the rows matching <c>?name=value</c> when the parameter is present.</summary>
    public static IEnumerable<T> Filter<T>(this IEnumerable<T> rows, ApiRequest request, string name, Func<T, string, bool> matches) =>
        request.Query.Scalar(name) is { } value ? rows.Where(row => matches(row, value)) : rows;

    /// <summary>Keeps the rows matching <c>?name=true|false</c> when the parameter is present.</summary>
    public static IEnumerable<T> FilterFlag<T>(this IEnumerable<T> rows, ApiRequest request, string name, Func<T, bool> flag) =>
        request.Query.Scalar(name) is { } value ? rows.Where(row => flag(row) == IsTrue(value)) : rows;

    /// <summary><c>?metadata[key]=value</c>: each key (any casing) must hold the value, compared as text or as its JSON literal.</summary>
    public static IEnumerable<T> FilterMetadata<T>(this IEnumerable<T> rows, ApiRequest request, Func<T, JsonObject> metadata)
    {
        if (request.Query.Get("metadata") is not QueryHash filter)
        {
            return rows;
        }

        var wanted = filter.Members
            .Where(m => m.Value is QueryScalar)
            .Select(m => (Key: KeyCase.ToCamel(m.Key), Value: ((QueryScalar)m.Value).Value))
            .ToList();
        return rows.Where(row => wanted.All(w => Matches(metadata(row)[w.Key], w.Value)));
    }

    /// <summary>An id-or-alias filter value such as <c>?product=&lt;uuid&gt;</c>.</summary>
    public static bool SameId(Guid id, string value) => Guid.TryParse(value, out var parsed) && parsed == id;

    private static bool IsTrue(string value) => value is "true" or "1" or "t" or "yes";

    private static bool Matches(JsonNode? stored, string wanted) => stored is JsonValue value &&
        (value.ToJsonString() == wanted || (value.TryGetValue<string>(out var text) && text == wanted));
}
