using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Policies;

/// <summary><c>/policies</c>: the rules licenses follow (duration, machine limits, strategies, scopes).</summary>
internal sealed class PolicyModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Policy>(PolicyRenderer.Render);
        routes.Get("/policies", Index);
        routes.Post("/policies", Create);
        routes.Get("/policies/{id}", Show);
        routes.Update("/policies/{id}", Update);
        routes.Delete("/policies/{id}", Destroy);
        PolicyRelationships.Register(routes);
    }

    public static Policy Find(ApiRequest request, string routeValue = "id") =>
        Lookup.Find<Policy>(request, "policy", p => Visibility.Policy(request.Caller, p, request.Account), routeValue);

    private static bool CanChange(Principal caller, Policy policy) =>
        caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) || caller.Bearer == policy.Product;

    private static ApiResult Index(ApiRequest request)
    {
        Access.Require(request, request.Caller.Bearer is not null);
        var rows = request.Account.Table<Policy>().All
            .Where(p => Visibility.Policy(request.Caller, p, request.Account))
            .Filter(request, "product", (p, v) => QueryFilters.SameId(p.Product.Id, v));
        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(PolicySchemas.Create)).Child("data");
        var product = request.Account.Table<Product>().Find(data.LinkageId("product")!.Value);
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) || (product is not null && request.Caller.Bearer == product));
        var policy = new Policy(Guid.NewGuid(), request.Now, product ?? throw ValidationErrors.MissingRelationship("policies", "policy", "product"))
        {
            Protected = request.Account.Account.Protected,
        };
        var attributes = data.Child("attributes");
        PolicyRules.CheckRanges(attributes);
        PolicyAttributes.Setters.Apply(policy, attributes);
        ApplyCreationDefaults(request, policy, attributes);
        PolicyRules.Validate(policy);
        if (!policy.Floating)
        {
            policy.MaxMachines = 1;
        }

        request.Account.Table<Policy>().Add(policy);
        Broadcast.Publish(request, "policy.created", policy);
        return Listing.Created(request, policy, "policies");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var policy = Find(request);
        var attributes = Fields.Of(request.Params(PolicySchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, CanChange(request.Caller, policy));
        EnvironmentalRows.RequireWritableHere(request, policy);
        PolicyRules.CheckRanges(attributes);
        Changes.Apply(policy, () =>
        {
            PolicyAttributes.Setters.Apply(policy, attributes);
            PolicyRules.Validate(policy);
        });
        policy.Updated = request.Now;
        Broadcast.Publish(request, "policy.updated", policy);
        return Listing.One(request, policy);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var policy = Find(request);
        Access.Require(request, request.Caller.Manages || request.Caller.Bearer == policy.Product);
        EnvironmentalRows.RequireWritableHere(request, policy);
        Broadcast.Publish(request, "policy.deleted", policy);
        Deletions.Policy(request.Account, policy);
        return ApiResult.NoContent();
    }

    /// <summary>Keygen's version-dependent defaults, set when the request left them out.</summary>
    private static void ApplyCreationDefaults(ApiRequest request, Policy policy, Fields attributes)
    {
        var legacy = request.ApiVersion is "1.0" or "1.1";
        if (!attributes.Has("overageStrategy") && !attributes.Has("concurrent"))
        {
            policy.OverageStrategy = legacy ? "ALWAYS_ALLOW_OVERAGE" : "NO_OVERAGE";
        }

        if (!attributes.Has("heartbeatBasis"))
        {
            var fromFirstPing = legacy || request.ApiVersion == "1.2" || !policy.RequireHeartbeat;
            policy.HeartbeatBasis = fromFirstPing ? "FROM_FIRST_PING" : "FROM_CREATION";
        }

        if (policy.Encrypted && policy.Scheme is null)
        {
            policy.Scheme = Licenses.LicenseKeys.UnsupportedScheme;
        }
    }
}
