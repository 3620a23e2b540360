using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Tokens;
using Keygen.Emulator.Resources.Users;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Environments;

/// <summary>
/// <c>/environments</c>: CRUD by admins and developers (staff read them; an environment reads itself), the code works as
/// the id, and <c>/environments/{id}/tokens</c> generates and lists environment tokens (<c>env-…v3</c>), which
/// authenticate as the environment. Deleting an environment revokes its tokens.
/// </summary>
internal sealed class EnvironmentModule : IResourceModule
{
    private static readonly Param Type = RequestSchema.TypeOf("environment", "environments");

    private static readonly RequestSchema CreateSchema = RequestSchema.Resource(Type,
    [
        Param.Object("attributes", Param.String("name"), Param.String("code"), Param.String("isolationStrategy").In("ISOLATED", "SHARED").Optional()),
        // Keygen requires admins once relationships are sent; the emulator also takes the empty relationships object the
        // SDK writes when a request has none to send.
        Param.Object("relationships", Param.Object("admins", Param.ArrayOf("data", FoundingAdmins.Item)).Optional()).Optional(),
    ]);

    private static readonly RequestSchema UpdateSchema = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes", Param.String("name").Optional(), Param.String("code").Optional()),
    ]);

    private static readonly AttributeSetters<KeygenEnvironment> Setters = new()
    {
        ["name"] = (e, f, n) => e.Name = f.String(n)!,
        ["code"] = (e, f, n) => e.Code = f.String(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<KeygenEnvironment>(Render);
        routes.Get("/environments", Index);
        routes.Post("/environments", Create);
        routes.Get("/environments/{id}", request => Listing.One(request, Find(request, "id")));
        routes.Update("/environments/{id}", Update);
        routes.Delete("/environments/{id}", Destroy);
        routes.Get("/environments/{environment_id}/tokens", Tokens);
        routes.Get("/environments/{environment_id}/tokens/{id}", Token);
        routes.Post("/environments/{environment_id}/tokens", GenerateToken);
    }

    /// <summary>An environment by UUID or code, for staff or the environment itself.</summary>
    private static KeygenEnvironment Find(ApiRequest request, string routeValue) =>
        Lookup.FindByAlias<KeygenEnvironment>(
            request,
            "environment",
            e => request.Caller.IsStaff || request.Caller.Bearer == e,
            (e, code) => e.Code == code,
            routeValue);

    private static ApiResult Index(ApiRequest request)
    {
        Access.Require(request, request.Caller.IsStaff);
        return Listing.Of(request, request.Account.Table<KeygenEnvironment>().All);
    }

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(CreateSchema)).Child("data");
        var attributes = data.Child("attributes");
        Access.Require(request, request.Caller.IsAdmin);
        var environment = new KeygenEnvironment(
            Guid.NewGuid(), request.Now, attributes.String("name")!, attributes.String("code")!, attributes.String("isolationStrategy") ?? "ISOLATED");
        Validate(request.Account, environment);

        // Keygen's accepts_nested_attributes_for :users, limit: 10: the admins are made in the new environment.
        FoundingAdmins.Add(request.Account, data.Child("relationships").Child("admins").Items("data"), request.Now, environment, new ValidationErrors("environments", "environment"), limit: 10);
        request.Account.Table<KeygenEnvironment>().Add(environment);
        Broadcast.Publish(request, "environment.created", environment);
        return Listing.Created(request, environment, "environments");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var environment = Find(request, "id");
        var attributes = Fields.Of(request.Params(UpdateSchema)).Child("data").Child("attributes");
        Access.Require(request, request.Caller.IsAdmin);
        Changes.Apply(environment, () =>
        {
            Setters.Apply(environment, attributes);
            Validate(request.Account, environment);
        });
        environment.Updated = request.Now;
        Broadcast.Publish(request, "environment.updated", environment);
        return Listing.One(request, environment);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var environment = Find(request, "id");
        Access.Require(request, request.Caller.IsAdmin);
        Broadcast.Publish(request, "environment.deleted", environment);
        var tokens = request.Account.Table<Token>();
        foreach (var token in tokens.All.Where(t => t.Bearer == environment).ToList())
        {
            tokens.Remove(token);
        }

        request.Account.Table<KeygenEnvironment>().Remove(environment);
        return ApiResult.NoContent();
    }

    /// <summary>
    /// Keygen's <c>environment.tokens.owned</c>: the environment's own tokens, whichever environment the request runs in
    /// (the association is not scoped to the current one); Environments::TokenPolicy then checks them against it,
    /// leniently (<c>verify_environment!(strict: false)</c>: from the global environment any environment's are read).
    /// </summary>
    private static IEnumerable<Token> OwnedTokens(ApiRequest request, KeygenEnvironment environment) =>
        request.Account.Table<Token>().Everywhere.Where(t => t.Bearer == environment && t.Environment == environment);

    private static ApiResult Tokens(ApiRequest request)
    {
        var tokens = OwnedTokens(request, Find(request, "environment_id")).ToList();
        Access.RequireCompatible(request, tokens, strict: false);
        return Listing.Of(request, tokens);
    }

    private static ApiResult Token(ApiRequest request)
    {
        var id = request.Route("id");
        var environment = Find(request, "environment_id");
        var token = (Guid.TryParseExact(id, "D", out var tokenId) ? OwnedTokens(request, environment).FirstOrDefault(t => t.Id == tokenId) : null)
            ?? throw Errors.NotFound("token", id);
        Access.RequireCompatible(request, [token], strict: false);
        return Listing.One(request, token);
    }

    private static ApiResult GenerateToken(ApiRequest request)
    {
        var environment = Find(request, "environment_id");
        var data = Fields.Of(request.Params(TokenSchemas.ForProductOrUser)).Child("data");

        // The new token lives in the environment it is for, unless the body names another, and Environments::TokenPolicy
        // checks that strictly against the request's: only from within that environment are its tokens generated.
        var named = EnvironmentRelationship.Verify(request, data, "tokens", "token", out var isNamed);
        var home = isNamed ? named : environment;
        EnvironmentalRows.RequireHere(request, home);
        Access.Require(request, request.Caller.IsAdmin);
        var (token, secret) = TokenIssuer.Issue(request, environment, data.Child("attributes"));
        token.Environment = home;
        Broadcast.Publish(request, "token.generated", token);
        var document = Documents.Single(request.Renderers.Render(token, request.RenderContext with { TokenSecret = secret }));
        return ApiResult.Created(document, request.AbsoluteUrl(Links.Resource(request.Account.Account.Id, "tokens", token.Id)));
    }

    private static void Validate(AccountState account, KeygenEnvironment environment)
    {
        var errors = new ValidationErrors("environments", "environment");
        AliasCodes.Check(errors, environment.Code, account.Table<KeygenEnvironment>().All.Where(e => e != environment).Select(e => e.Code));

        if (environment.Name.Length == 0)
        {
            errors.Attribute("name", "BLANK", "can't be blank");
        }
        else if (environment.Name.Length > 255)
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        errors.ThrowIfAny();
    }

    private static JsonObject Render(KeygenEnvironment environment, RenderContext context)
    {
        var account = context.AccountId;
        return new ResourceBuilder("environments", environment.Id, Links.Resource(account, "environments", environment.Id))
            .Attribute("name", environment.Name)
            .Attribute("code", environment.Code)
            .Attribute("isolationStrategy", environment.IsolationStrategy)
            .Attribute("created", JsonValues.Of(environment.Created))
            .Attribute("updated", JsonValues.Of(environment.Updated))
            .Account(account)
            .Build();
    }
}
