using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Search;

/// <summary>
/// <c>POST /search</c> for staff (Keygen's SearchesController): one resource type (<see cref="SearchType"/>), terms
/// on what its model can search by (<see cref="SearchTerms"/>), each text term at least 3 characters, combined with AND
/// (default) or OR; paged like any list.
/// </summary>
internal sealed class SearchModule : IResourceModule
{
    private const int MinimumTermLength = 3;

    private static readonly RequestSchema Schema = new(
        Param.Object("meta",
            Param.String("type"),
            Param.FreeObject("query"),
            Param.String("op").In("AND", "OR", "and", "or").Optional()));

    public void Register(RouteTable routes, ResourceRenderers renderers) => routes.Post("/search", Search);

    private static ApiResult Search(ApiRequest request)
    {
        var meta = Fields.Of(request.Params(Schema)).Child("meta");
        var terms = meta.Object("query")!;
        if (terms.Count == 0)
        {
            // typed_params refuses an empty hash before the controller's own "search query is required" is reached.
            throw Errors.BadRequest("cannot be blank", ErrorSource.Pointer("/meta/query"));
        }

        var name = meta.String("type")!;
        var type = SearchType.Named(name)
            ?? throw Errors.BadRequest($"search type '{KeyCase.ToCamel(name)}' is not supported", ErrorSource.Pointer("/meta/type"));
        Access.Require(request, request.Caller.IsStaff);
        var tests = terms.Select(term => Check(type, name, term.Key, term.Value)).ToList();
        var any = string.Equals(meta.String("op"), "OR", System.StringComparison.OrdinalIgnoreCase);
        var rows = type.Rows(request.Account).Where(row =>
            any ? tests.Any(t => t.Test(row, t.Term)) : tests.All(t => t.Test(row, t.Term)));
        // Keygen authorizes the results as a list of their type: reading it takes that type's read permission.
        PermissionCheck.AlsoVerify(request, type.ReadPermission);
        return Listing.Of(request, rows);
    }

    /// <summary>The test for one term, once the type can search by it and the term is long enough (400s otherwise).</summary>
    private static (SearchTerm Test, JsonNode? Term) Check(SearchType type, string typeName, string field, JsonNode? term)
    {
        if (!type.Terms.TryGetValue(field, out var test))
        {
            throw Errors.BadRequest(
                $"search query '{field}' is not supported for resource type '{KeyCase.ToCamel(typeName)}'", ErrorSource.Pointer("/meta/query/" + field));
        }

        if (field == "metadata")
        {
            var terms = term as JsonObject ?? throw Errors.BadRequest(
                "search query for 'metadata' must be a hash of key-value search terms", ErrorSource.Pointer("/meta/query/metadata"));
            foreach (var (key, value) in terms)
            {
                RequireLength(value, key, "/meta/query/metadata/" + key);
            }
        }
        else
        {
            RequireLength(term, field, "/meta/query/" + field);
        }

        return (test, term);
    }

    private static void RequireLength(JsonNode? term, string field, string pointer)
    {
        if (term is JsonValue v && v.TryGetValue(out string? text) && text.Length < MinimumTermLength)
        {
            throw Errors.BadRequest($"search query for '{field}' is too small (minimum {MinimumTermLength} characters)", ErrorSource.Pointer(pointer));
        }
    }
}
