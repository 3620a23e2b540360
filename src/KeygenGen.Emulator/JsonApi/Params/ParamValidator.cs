using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.JsonApi.Params;

/// <summary>
/// Checks a request body against its <see cref="RequestSchema"/> the way Keygen's typed_params does: first every key
/// must be declared (and permitted for this caller), then every value must have the declared type, not be blank or
/// null unless allowed, and be one of the allowed values. The first problem ends the request with a 400 whose
/// <c>source.pointer</c> names the offending key. The result holds only declared keys; an optional parameter sent
/// as null is dropped unless it is nullable (Keygen's <c>ignore_nil_optionals</c>).
/// </summary>
internal static class ParamValidator
{
    /// <summary>The last second .NET can represent (the end of year 9999).</summary>
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static JsonObject Validate(JsonNode? body, RequestSchema schema, ApiRequest request)
    {
        var root = body ?? new JsonObject();
        RejectUndeclared(root, schema.Root, string.Empty, request);
        return Check(root, schema.Root, string.Empty) as JsonObject ?? new JsonObject();
    }

    private static void RejectUndeclared(JsonNode? node, Param schema, string path, ApiRequest request)
    {
        switch (node)
        {
            case JsonObject obj when schema.Children is { } children:
                // Keys declared nowhere are refused before declared ones this caller may not send (typed_params reports
                // "role\x0d" before a conditional "role" in the same object).
                var undeclared = obj.Select(p => p.Key).FirstOrDefault(key => children.All(c => c.Name != key));
                if (undeclared is not null)
                {
                    throw Invalid("unpermitted parameter", path + "/" + undeclared);
                }

                foreach (var (key, value) in obj)
                {
                    var child = children.FirstOrDefault(c => c.Name == key && c.AppliesTo(request));
                    var childPath = path + "/" + key;
                    if (child is null)
                    {
                        throw Invalid("unpermitted parameter", childPath);
                    }

                    RejectUndeclared(value, child, childPath, request);
                }

                break;
            case JsonArray array when schema.Items is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    RejectUndeclared(array[i], items, path + "/" + i.ToString(CultureInfo.InvariantCulture), request);
                }

                break;
        }
    }

    private static JsonNode? Check(JsonNode? node, Param schema, string path)
    {
        if (node is null)
        {
            if (schema.AllowsNull || schema.IsOptional)
            {
                return null;
            }

            throw Invalid("cannot be null", path);
        }

        var received = JsonKinds.NameOf(node);
        if (!HasType(node, schema.Type))
        {
            throw Invalid($"type mismatch (received {received} expected {JsonKinds.NameOf(schema.Type)})", path);
        }

        if (schema.Type == ParamType.Time)
        {
            node = CoercedTime(node, path);
        }

        var isLeaf = schema.Children is null && schema.Items is null;
        if (isLeaf && IsBlank(node) && !schema.AllowsBlank)
        {
            throw Invalid("cannot be blank", path);
        }

        if (schema.AllowedValues is { } allowed && !allowed.Contains(node.GetValue<string>(), StringComparer.Ordinal))
        {
            throw Invalid("is invalid", path);
        }

        if (schema.Length is { } length && node is JsonArray list && (list.Count < length.Minimum || list.Count > length.Maximum))
        {
            throw Invalid($"length must be between {length.Minimum} and {length.Maximum} (inclusive)", path);
        }

        if (schema.MaxDepth is { } maxDepth)
        {
            CheckDepth(node, maxDepth, 0, path);
        }

        return node switch
        {
            JsonObject obj when schema.Children is { } children => CheckObject(obj, children, path),
            JsonArray array when schema.Items is { } items => new JsonArray(array.Select((item, i) => Check(item, items, path + "/" + i.ToString(CultureInfo.InvariantCulture))).ToArray()),
            _ => node.DeepClone(),
        };
    }

    private static JsonObject CheckObject(JsonObject obj, System.Collections.Generic.IReadOnlyList<Param> children, string path)
    {
        var result = new JsonObject();
        foreach (var child in children)
        {
            var childPath = path + "/" + child.Name;
            if (!obj.TryGetPropertyValue(child.Name, out var value))
            {
                if (!child.IsOptional)
                {
                    throw Invalid("is missing", childPath);
                }

                continue;
            }

            var checkedValue = Check(value, child, childPath);
            if (checkedValue is not null || child.AllowsNull)
            {
                result[child.Name] = checkedValue;
            }
        }

        return result;
    }

    private static bool HasType(JsonNode node, ParamType type) => (type, JsonKinds.NameOf(node)) switch
    {
        (ParamType.Any, _) => true,
        (ParamType.Object, "object") => true,
        (ParamType.Array, "array") => true,
        (ParamType.Boolean, "boolean") => true,
        (ParamType.Integer, "integer") => true,
        (ParamType.String or ParamType.Time, "string") => true,
        (ParamType.Time, "integer") => true,
        (ParamType.Uuid, "string") => Guid.TryParseExact(node.GetValue<string>(), "D", out _),
        _ => false,
    };

    /// <summary>
    /// typed_params' time coercion, as an ISO 8601 string: digits alone (a number or a string) are seconds since the
    /// epoch (Ruby's <c>Time.at</c>), anything else is parsed as a time.
    /// </summary>
    private static JsonNode CoercedTime(JsonNode node, string path)
    {
        var text = JsonKinds.NameOf(node) == "integer" ? node.ToJsonString() : node.GetValue<string>();
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxUnixSeconds
                ? JsonValue.Create(JsonValues.Timestamp(DateTimeOffset.FromUnixTimeSeconds(seconds)))
                : throw Invalid("failed to coerce string to time", path);
        }

        return text.Length == 0 || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? node.DeepClone()
            : throw Invalid("failed to coerce string to time", path);
    }

    private static bool IsBlank(JsonNode node) => node switch
    {
        JsonObject obj => obj.Count == 0,
        JsonArray array => array.Count == 0,
        JsonValue value when JsonKinds.NameOf(value) == "string" => string.IsNullOrWhiteSpace(value.GetValue<string>()),
        _ => false,
    };

    private static void CheckDepth(JsonNode node, int maxDepth, int depth, string path)
    {
        var members = node switch
        {
            JsonObject obj => obj.Select(p => (p.Key, p.Value)),
            JsonArray array => array.Select((v, i) => (i.ToString(CultureInfo.InvariantCulture), v)),
            _ => [],
        };

        foreach (var (key, value) in members)
        {
            if (value is JsonObject or JsonArray)
            {
                if (depth >= maxDepth)
                {
                    throw Invalid($"maximum depth of {maxDepth} exceeded", path + "/" + key);
                }

                CheckDepth(value, maxDepth, depth + 1, path + "/" + key);
            }
        }
    }

    private static ApiException Invalid(string detail, string pointer) =>
        Errors.BadRequest(detail, ErrorSource.Pointer(pointer.Length == 0 ? "/" : pointer));
}
