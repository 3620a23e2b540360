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

    /// <summary>
    /// <c>?metadata[key]=value</c>, Keygen's <c>search_metadata</c>: per key (underscored), the metadata must contain
    /// <c>{key: value}</c> as Postgres' <c>@&gt;</c> does (nested objects and arrays included), with the value as sent or,
    /// for a top-level scalar, as the literal it spells (<c>true</c>, <c>false</c>, <c>null</c>, an integer or a decimal).
    /// </summary>
    public static IEnumerable<T> FilterMetadata<T>(this IEnumerable<T> rows, ApiRequest request, Func<T, JsonObject> metadata) =>
        request.Query.Get("metadata") is QueryHash filter
            ? rows.Where(row => filter.Members.All(m => JsonContainment.ContainsTerm(metadata(row), m.Key, ToJson(m.Value))))
            : rows;

    /// <summary>An id-or-alias filter value such as <c>?product=&lt;uuid&gt;</c>.</summary>
    public static bool SameId(Guid id, string value) => Guid.TryParse(value, out var parsed) && parsed == id;

    private static bool IsTrue(string value) => value is "true" or "1" or "t" or "yes";

    /// <summary>A query value as the JSON it becomes in Keygen's search document: strings, arrays and objects.</summary>
    private static JsonNode ToJson(QueryNode node) => node switch
    {
        QueryScalar scalar => JsonValue.Create(scalar.Value),
        QueryList list => new JsonArray(list.Items.Select(ToJson).ToArray()),
        QueryHash hash => new JsonObject(hash.Members.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)ToJson(m.Value)))),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
