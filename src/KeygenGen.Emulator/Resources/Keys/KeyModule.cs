using System;
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
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Keys;

/// <summary><c>/keys</c>: the pre-made license keys of a pooled policy; creating a license pops the oldest one.</summary>
internal sealed class KeyModule : IResourceModule
{
    private static readonly Param Type = RequestSchema.TypeOf("key", "keys");

    private static readonly RequestSchema CreateSchema = RequestSchema.Resource(Type,
    [
        Param.Object("attributes", Param.String("key")),
        Param.Object("relationships", RequestSchema.Relationship("policy", false, "policy", "policies")),
    ]);

    private static readonly RequestSchema UpdateSchema = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes", Param.String("key").Optional()),
    ]);

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<PoolKey>(Render);
        routes.Get("/keys", Index);
        routes.Post("/keys", Create);
        routes.Get("/keys/{id}", Show);
        routes.Update("/keys/{id}", Update);
        routes.Delete("/keys/{id}", Destroy);
        Related.One(routes, "/keys/{key_id}/product", r => Find(r, "key_id"), k => k.Product);
        Related.One(routes, "/keys/{key_id}/policy", r => Find(r, "key_id"), k => k.Policy);
    }

    /// <summary>The oldest key of a pooled policy's pool, removed from it; null when the pool is empty.</summary>
    public static PoolKey? Pop(AccountState account, Policy policy)
    {
        var pool = account.Table<PoolKey>();
        var key = pool.All.Where(k => k.Policy == policy).OrderBy(k => k.Created).FirstOrDefault();
        if (key is not null)
        {
            pool.Remove(key);
        }

        return key;
    }

    private static PoolKey Find(ApiRequest request, string routeValue = "id") =>
        Lookup.Find<PoolKey>(request, "key", k => Visibility.ProductScoped(request.Caller, k), routeValue);

    private static bool CanWrite(Principal caller, Product? product) => caller.Manages || (product is not null && caller.Bearer == product);

    private static ApiResult Index(ApiRequest request)
    {
        Access.Require(request, request.Caller.SeesAll || request.Caller.Is(Role.Product));
        var rows = request.Account.Table<PoolKey>().All
            .Where(k => Visibility.ProductScoped(request.Caller, k))
            .Filter(request, "product", (k, v) => QueryFilters.SameId(k.Product.Id, v))
            .Filter(request, "policy", (k, v) => QueryFilters.SameId(k.Policy.Id, v));
        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(CreateSchema)).Child("data");
        var policy = request.Account.Table<Policy>().Find(data.LinkageId("policy")!.Value);
        Access.Require(request, request.Caller.Manages || (policy is not null && CanWrite(request.Caller, policy.Product)));
        var key = new PoolKey(
            Guid.NewGuid(),
            request.Now,
            policy ?? throw ValidationErrors.MissingRelationship("keys", "key", "policy"),
            data.Child("attributes").String("key")!);
        var errors = Validate(request.Account, key);
        if (!policy.UsePool)
        {
            errors.Relationship("policy", "NOT_SUPPORTED", "cannot be added to an unpooled policy");
        }

        errors.ThrowIfAny();
        request.Account.Table<PoolKey>().Add(key);
        Broadcast.Publish(request, "key.created", key);
        return Listing.Created(request, key, "keys");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var key = Find(request);
        var attributes = Fields.Of(request.Params(UpdateSchema)).Child("data").Child("attributes");
        Access.Require(request, CanWrite(request.Caller, key.Product));
        EnvironmentalRows.RequireWritableHere(request, key);
        Changes.Apply(key, () =>
        {
            if (attributes.String("key") is { } value)
            {
                key.Key = value;
            }

            Validate(request.Account, key).ThrowIfAny();
        });
        key.Updated = request.Now;
        Broadcast.Publish(request, "key.updated", key);
        return Listing.One(request, key);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var key = Find(request);
        Access.Require(request, CanWrite(request.Caller, key.Product));
        EnvironmentalRows.RequireWritableHere(request, key);
        Broadcast.Publish(request, "key.deleted", key);
        request.Account.Table<PoolKey>().Remove(key);
        return ApiResult.NoContent();
    }

    private static ValidationErrors Validate(AccountState account, PoolKey key)
    {
        var errors = new ValidationErrors("keys", "key");
        if (key.Key.Length < 8)
        {
            errors.Attribute("key", "TOO_SHORT", "is too short (minimum is 8 characters)");
        }
        else if (key.Key.Length > 1024)
        {
            errors.Attribute("key", "TOO_LONG", "is too long (maximum is 1024 characters)");
        }

        if (account.Table<PoolKey>().All.Any(k => k != key && k.Key == key.Key))
        {
            errors.Attribute("key", "TAKEN", "has already been taken");
        }

        var licenses = account.Table<License>();
        if (Guid.TryParse(key.Key, out var asId) && licenses.Contains(asId))
        {
            errors.Attribute("key", "CONFLICT", "must not conflict with another license's identifier (UUID)");
        }
        else if (licenses.All.Any(l => l.Key == key.Key))
        {
            errors.Attribute("key", "CONFLICT", "is already being used as a license's key");
        }

        return errors;
    }

    private static JsonObject Render(PoolKey key, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "keys", key.Id);
        return new ResourceBuilder("keys", key.Id, self)
            .Attribute("key", key.Key)
            .Attribute("created", JsonValues.Of(key.Created))
            .Attribute("updated", JsonValues.Of(key.Updated))
            .Account(account)
            .ToOne("product", "products", key.Product.Id, self + "/product")
            .ToOne("policy", "policies", key.Policy.Id, self + "/policy")
            .Build();
    }
}
