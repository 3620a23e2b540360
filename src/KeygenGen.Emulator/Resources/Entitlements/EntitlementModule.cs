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

namespace Keygen.Emulator.Resources.Entitlements;

/// <summary>
/// <c>/entitlements</c>: named features, managed by admins and developers, attached to policies and licenses
/// (<see cref="EntitlementGrants"/>) and asked for by validation's <c>scope.entitlements</c>.
/// </summary>
internal sealed class EntitlementModule : IResourceModule
{
    private static readonly AttributeSetters<Entitlement> Setters = new()
    {
        ["name"] = (e, f, n) => e.Name = f.String(n)!,
        ["code"] = (e, f, n) => e.Code = f.String(n)!,
        ["metadata"] = (e, f, n) => e.Metadata = f.Object(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Entitlement>(EntitlementRenderer.Render);
        renderers.Register<PolicyEntitlement>(EntitlementRenderer.RenderPolicyGrant);
        renderers.Register<LicenseEntitlement>(EntitlementRenderer.RenderLicenseGrant);
        routes.Get("/entitlements", Index);
        routes.Post("/entitlements", Create);
        routes.Get("/entitlements/{id}", Show);
        routes.Update("/entitlements/{id}", Update);
        routes.Delete("/entitlements/{id}", Destroy);
        EntitlementGrants.Register(routes);
    }

    /// <summary>An entitlement by UUID or code, among those the caller may see.</summary>
    private static Entitlement Find(ApiRequest request) =>
        Lookup.FindByAlias<Entitlement>(
            request,
            "entitlement",
            e => Visibility.Entitlement(request.Caller, e, request.Account),
            (e, code) => e.Code == code);

    /// <summary>Only admins, developers and environments manage entitlements (not sales agents, not products).</summary>
    private static bool CanWrite(Principal caller) => caller.Manages;

    private static ApiResult Index(ApiRequest request)
    {
        var rows = request.Account.Table<Entitlement>().All.Where(e => Visibility.Entitlement(request.Caller, e, request.Account));
        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(EntitlementSchemas.Create)).Child("data");
        var attributes = data.Child("attributes");
        var environment = EnvironmentalRows.Chosen(request, data, "entitlements", "entitlement");
        Access.Require(request, CanWrite(request.Caller));
        EnvironmentalRows.RequireHere(request, environment);
        var entitlement = new Entitlement(Guid.NewGuid(), request.Now, attributes.String("name")!, attributes.String("code")!) { Environment = environment };
        Setters.Apply(entitlement, attributes);
        EntitlementRules.Validate(request.Account, entitlement);
        request.Account.Table<Entitlement>().Add(entitlement);
        Broadcast.Publish(request, "entitlement.created", entitlement);
        return Listing.Created(request, entitlement, "entitlements");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var entitlement = Find(request);
        var attributes = Fields.Of(request.Params(EntitlementSchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, CanWrite(request.Caller));
        EnvironmentalRows.RequireWritableHere(request, entitlement);
        Changes.Apply(entitlement, () =>
        {
            Setters.Apply(entitlement, attributes);
            EntitlementRules.Validate(request.Account, entitlement);
        });
        entitlement.Updated = request.Now;
        Broadcast.Publish(request, "entitlement.updated", entitlement);
        return Listing.One(request, entitlement);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var entitlement = Find(request);
        Access.Require(request, CanWrite(request.Caller));
        EnvironmentalRows.RequireWritableHere(request, entitlement);
        Broadcast.Publish(request, "entitlement.deleted", entitlement);
        Deletions.Entitlement(request.Account, entitlement);
        return ApiResult.NoContent();
    }
}
