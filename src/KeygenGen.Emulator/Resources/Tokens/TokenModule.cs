using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Licenses;
using Keygen.Emulator.Resources.Products;

namespace Keygen.Emulator.Resources.Tokens;

/// <summary>
/// <c>/tokens</c>: sign in with Basic email:password (or a token) to get a token, regenerate and revoke tokens;
/// plus product tokens (<c>POST /products/{id}/tokens</c>) and license activation tokens (<c>POST /licenses/{id}/tokens</c>).
/// </summary>
internal sealed class TokenModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Token>(TokenRenderer.Render);
        renderers.Register<Session>(SessionRenderer.Render);
        routes.Get("/tokens", Index);
        routes.Put("/tokens", RegenerateCurrent);
        routes.Put("/tokens/{id}", Regenerate);
        routes.WithoutActiveSubscription(() =>
        {
            routes.Post("/tokens", Generate, AuthMode.PasswordOrToken);
            routes.Get("/tokens/{id}", Show);
            routes.Delete("/tokens/{id}", Revoke);
        });
        routes.Post("/products/{id}/tokens", GenerateForProduct);
        routes.Post("/licenses/{id}/tokens", GenerateForLicense);
        routes.Post("/users/{user_id}/tokens", GenerateForUser);
    }

    private static Token Find(ApiRequest request) =>
        Lookup.Find<Token>(request, "token", t => TokenAccess.Visible(request.Caller, t, request.Account));

    private static ApiResult Index(ApiRequest request)
    {
        var bearerFilter = request.Query.Get("bearer") as QueryHash ?? new QueryHash();
        var rows = request.Account.Table<Token>().All
            .Where(t => TokenAccess.Visible(request.Caller, t, request.Account))
            .Where(t => bearerFilter.Scalar("type") is not { } type || t.Bearer.ResourceType.StartsWith(type.ToLowerInvariant(), StringComparison.Ordinal))
            .Where(t => bearerFilter.Scalar("id") is not { } id || QueryFilters.SameId(t.Bearer.Id, id))
            .Where(t => RolesFilter(bearerFilter.Get("role")) is not { } roles || roles.Contains(RoleName(t.Bearer.Role)));
        return Listing.Of(request, rows);
    }

    /// <summary>Keygen's <c>for_bearer_role(*roles)</c>: one role or several (<c>bearer[role][]=</c>), in any case or spelling.</summary>
    private static HashSet<string>? RolesFilter(QueryNode? node) => node switch
    {
        QueryScalar scalar => [Underscored(scalar.Value)],
        QueryList list => list.Items.OfType<QueryScalar>().Select(item => Underscored(item.Value)).ToHashSet(),
        _ => null,
    };

    private static string Underscored(string name) => name.Replace('-', '_').ToLowerInvariant();

    /// <summary>The name of a bearer's role row in Keygen (<c>sales_agent</c>, <c>license</c>, <c>environment</c>, …).</summary>
    private static string RoleName(Role role) => role switch
    {
        Role.Product => "product",
        Role.License => "license",
        Role.Environment => "environment",
        _ => Underscored(UserRoles.NameOf(role)),
    };

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Generate(ApiRequest request)
    {
        var data = Fields.Of(request.Params(TokenSchemas.Generate)).Child("data");
        var bearer = request.Caller.Bearer!;
        if (data.LinkageId("bearer") is { } bearerId)
        {
            // A bearer that does not exist leaves the token without one, which TokenPolicy allows nobody to make.
            bearer = FindBearer(request, data.Child("relationships").Child("bearer").Child("data").String("type")!, bearerId)
                ?? throw Access.Denied(request);
        }

        var banned = request.Caller.Bearer is User { Banned: true };
        Access.Require(request, !banned && TokenAccess.CanGenerate(request.Caller, bearer, request.Account), banned ? "user is banned" : null);
        // Lax from the global environment: a global admin may make a token for any environment, not the reverse.
        var environment = EnvironmentRelationship.Verify(request, data, "tokens", "token", out var named, strict: request.Account.Scope.Current is not null);
        var (token, secret) = TokenIssuer.Issue(request, bearer, data.Child("attributes"));
        if (named)
        {
            token.Environment = environment;
        }

        Sessions.Start(request, token);
        Broadcast.Publish(request, "token.generated", token);
        var document = Documents.Single(request.Renderers.Render(token, request.RenderContext with { TokenSecret = secret }));
        return ApiResult.Created(document, request.AbsoluteUrl(Links.Resource(request.Account.Account.Id, "tokens", token.Id)));
    }

    private static ApiResult Regenerate(ApiRequest request) => RegenerateToken(request, Find(request));

    /// <summary>The deprecated <c>PUT /tokens</c>: regenerates the token the request authenticated with.</summary>
    private static ApiResult RegenerateCurrent(ApiRequest request) =>
        RegenerateToken(request, request.Caller.Token ?? throw Errors.NotFound("token", null));

    private static ApiResult RegenerateToken(ApiRequest request, Token token)
    {
        Access.Require(request, TokenAccess.CanRegenerate(request.Caller, token, request.Account));
        var secret = TokenIssuer.Regenerate(request, token);
        Sessions.Regenerated(request, token);
        Broadcast.Publish(request, "token.regenerated", token);
        return ApiResult.Ok(Documents.Single(request.Renderers.Render(token, request.RenderContext with { TokenSecret = secret })));
    }

    private static ApiResult Revoke(ApiRequest request)
    {
        var token = Find(request);
        Access.Require(request, TokenAccess.CanRevoke(request.Caller, token, request.Account));
        Broadcast.Publish(request, "token.revoked", token);
        Sessions.Revoked(request, token);
        request.Account.Table<Token>().Remove(token);
        return ApiResult.NoContent();
    }

    private static ApiResult GenerateForProduct(ApiRequest request)
    {
        var product = ProductModule.Find(request);
        var data = Fields.Of(request.Params(TokenSchemas.ForProductOrUser)).Child("data");
        var environment = EnvironmentRelationship.Verify(request, data, "tokens", "token", out var named);
        Access.Require(request, request.Caller.IsAdmin);
        return IssueOk(request, product, data.Child("attributes"), environment, named);
    }

    private static ApiResult GenerateForLicense(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        var data = Fields.Of(request.Params(TokenSchemas.ForLicense)).Child("data");
        var environment = EnvironmentRelationship.Verify(request, data, "tokens", "token", out var named);
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) || request.Caller.Bearer == license.Product);
        return IssueOk(request, license, data.Child("attributes"), environment, named);
    }

    /// <summary>
    /// Admins and developers make tokens for themselves and plain users, environments for plain users, products for the
    /// users of their licenses. The token's environment (<c>relationships.environment</c>) is checked first, laxly from the
    /// global environment as for <c>POST /tokens</c>.
    /// </summary>
    private static ApiResult GenerateForUser(ApiRequest request)
    {
        var user = Users.UserRelationships.Find(request);
        var data = Fields.Of(request.Params(TokenSchemas.ForProductOrUser)).Child("data");
        var environment = EnvironmentRelationship.Verify(request, data, "tokens", "token", out var named, strict: request.Account.Scope.Current is not null);
        var caller = request.Caller;
        Access.Require(
            request,
            (caller.IsAdmin && (caller.Bearer == user || user.Role == Role.User))
            || (caller.Is(Role.Environment) && user.Role == Role.User)
            || (caller.Is(Role.Product) && TokenAccess.CanGenerate(caller, user, request.Account)));
        return IssueOk(request, user, data.Child("attributes"), named ? environment : null, named);
    }

    /// <summary>Product, license and user token creation answer 200, not 201 (a Keygen quirk).</summary>
    private static ApiResult IssueOk(ApiRequest request, IBearer bearer, Fields attributes, KeygenEnvironment? environment = null, bool named = false)
    {
        var (token, secret) = TokenIssuer.Issue(request, bearer, attributes);
        if (named)
        {
            token.Environment = environment;
        }

        Broadcast.Publish(request, "token.generated", token);
        return ApiResult.Ok(Documents.Single(request.Renderers.Render(token, request.RenderContext with { TokenSecret = secret })));
    }

    private static IBearer? FindBearer(ApiRequest request, string type, Guid id) => type switch
    {
        "user" or "users" => request.Account.Table<User>().Find(id),
        "product" or "products" => request.Account.Table<Product>().Find(id),
        "license" or "licenses" => request.Account.Table<License>().Find(id),
        "environment" or "environments" => request.Account.Table<KeygenEnvironment>().Find(id),
        _ => null,
    };
}
