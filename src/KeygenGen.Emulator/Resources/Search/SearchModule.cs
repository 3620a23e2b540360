using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Search;

/// <summary>
/// <c>POST /search</c> for staff: one resource type, terms on its id, attributes (text terms match case-insensitively
/// within the value and need 3 characters; metadata terms match per key) and to-one relationships (by id), combined
/// with AND (default) or OR; newest first, <c>?limit=</c> 1..100 (10). Releases do not exist in the emulator, so
/// searching them finds nothing.
/// </summary>
internal sealed class SearchModule : IResourceModule
{
    private const int MinimumTermLength = 3;

    private static readonly Dictionary<string, Func<AccountState, IEnumerable<Entity>>> Types = new(StringComparer.Ordinal)
    {
        ["entitlements"] = a => a.Table<Entitlement>().All,
        ["request-logs"] = a => a.Table<RequestLog>().All,
        ["products"] = a => a.Table<Product>().All,
        ["policies"] = a => a.Table<Policy>().All,
        ["licenses"] = a => a.Table<License>().All,
        ["machines"] = a => a.Table<Machine>().All,
        ["users"] = a => a.Table<User>().All,
        ["groups"] = a => a.Table<Group>().All,
        ["releases"] = _ => [],
    };

    private static readonly RequestSchema Schema = new(
        Param.Object("meta",
            Param.String("type").In([.. Types.Keys]),
            Param.FreeObject("query"),
            Param.String("op").In("AND", "OR", "and", "or").Optional()));

    public void Register(RouteTable routes, ResourceRenderers renderers) => routes.Post("/search", Search);

    private static ApiResult Search(ApiRequest request)
    {
        var meta = Fields.Of(request.Params(Schema)).Child("meta");
        Access.Require(request, request.Caller.IsStaff);
        var limit = Limit(request);
        var terms = meta.Object("query")!;
        if (terms.Count == 0)
        {
            throw Errors.BadRequest("search query is required", ErrorSource.Pointer("/meta/query"));
        }

        CheckLengths(terms);
        var any = string.Equals(meta.String("op"), "OR", StringComparison.OrdinalIgnoreCase);
        var type = meta.String("type")!;
        var results = Types[type](request.Account)
            .OrderByDescending(r => r.Created)
            .Select(request.Render)
            .Where(resource =>
            {
                var matches = terms.Select(term => Matches(resource, type, term.Key, term.Value));
                return any ? matches.Any(m => m) : matches.All(m => m);
            })
            .Take(limit)
            .ToList();
        // Keygen authorizes the results as a list of their type: reading it takes that type's read permission.
        PermissionCheck.AlsoVerify(request, (type == "policies" ? "policy" : type.TrimEnd('s')) + ".read");
        return ApiResult.Ok(Documents.List(results, null));
    }

    private static int Limit(ApiRequest request)
    {
        var text = request.Query.Scalar("limit");
        if (text is null)
        {
            return 10;
        }

        return int.TryParse(text, out var limit) && limit is >= 1 and <= 100
            ? limit
            : throw Errors.BadRequest("limit must be a number between 1 and 100 (got " + text + ")", ErrorSource.Parameter("limit"));
    }

    private static void CheckLengths(JsonObject terms)
    {
        foreach (var (field, value) in terms)
        {
            if (value is JsonValue v && v.TryGetValue(out string? text) && text.Length < MinimumTermLength)
            {
                throw Errors.BadRequest(
                    $"search query for '{field}' is too small (minimum {MinimumTermLength} characters)", ErrorSource.Pointer("/meta/query/" + field));
            }
        }
    }

    /// <summary>Whether a rendered resource matches one term: its id, an attribute, or a to-one relationship's id.</summary>
    private static bool Matches(JsonObject resource, string type, string field, JsonNode? term)
    {
        if (field == "id")
        {
            return Contains(resource["id"], term);
        }

        var attributes = (JsonObject)resource["attributes"]!;
        if (attributes.TryGetPropertyValue(field, out var attribute))
        {
            return attribute is JsonObject nested && term is JsonObject wanted
                ? wanted.All(w => Contains(nested[w.Key], w.Value))
                : Contains(attribute, term);
        }

        if (resource["relationships"]?[field] is JsonObject relationship)
        {
            return Contains(relationship["data"]?["id"], term);
        }

        throw Errors.BadRequest($"search query '{field}' is not supported for resource type '{type}'", ErrorSource.Pointer("/meta/query/" + field));
    }

    /// <summary>Text within text, case-insensitively; anything else by equal JSON.</summary>
    private static bool Contains(JsonNode? value, JsonNode? term)
    {
        if (value is JsonValue v && v.TryGetValue(out string? text) && term is JsonValue t && t.TryGetValue(out string? wanted))
        {
            return text.Contains(wanted, StringComparison.OrdinalIgnoreCase);
        }

        return JsonNode.DeepEquals(value, term);
    }
}
