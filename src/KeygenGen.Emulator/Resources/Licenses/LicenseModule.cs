using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary><c>/licenses</c>: create, read, update, delete and list licenses. Actions and validation live beside it.</summary>
internal sealed class LicenseModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<License>(LicenseRenderer.Render);
        renderers.Register<LicenseUser>(LicenseRenderer.RenderLicensee);
        routes.Get("/licenses", Index);
        routes.Post("/licenses", Create);
        routes.Get("/licenses/{id}", Show);
        routes.Update("/licenses/{id}", Update);
        routes.Delete("/licenses/{id}", Destroy);
        LicenseActions.Register(routes);
        LicenseValidations.Register(routes);
        LicenseUsage.Register(routes);
        LicenseUsers.Register(routes);
        LicenseRelationships.Register(routes);
    }

    /// <summary>A license by UUID or key, among those the caller may see.</summary>
    public static License Find(ApiRequest request, string routeValue = "id") =>
        Lookup.FindByAlias<License>(request, "license", l => Visibility.License(request.Caller, l), (l, key) => l.Key == key, routeValue);

    private static ApiResult Index(ApiRequest request)
    {
        Access.Require(request, !request.Caller.Is(Role.License));
        var now = request.Now;
        var rows = request.Account.Table<License>().All
            .Where(l => Visibility.License(request.Caller, l))
            .ByProduct(request)
            .ByPolicy(request)
            .ByOwner(request)
            .ByUser(request)
            .Filter(request, "machine", (l, v) => l.Machines.Any(m => QueryFilters.SameId(m.Id, v) || m.Fingerprint == v))
            .ByStatus(request)
            .BySuspended(request)
            .FilterFlag(request, "expiring", l => l.Expiry > now && l.Expiry < now.AddDays(3))
            .ByExpired(request)
            .ByExpires(request)
            .ByActivity(request)
            .ByAssignment(request)
            .FilterFlag(request, "activated", l => l.Machines.Count > 0)
            .ByActivations(request)
            .FilterMetadata(request, l => l.Metadata);
        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    /// <summary>
    /// Keygen's order: the license is built (its policy and owner found in any environment, its environment the one
    /// named, else the request's, else its policy's, its group the owner's unless named), authorized, then validated.
    /// </summary>
    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(LicenseSchemas.Create)).Child("data");
        var account = request.Account;
        var policy = account.Table<Policy>().FindEverywhere(data.LinkageId("policy")!.Value);
        var ownerRelationship = data.HasRelationship("owner") ? "owner" : "user";
        var ownerId = data.LinkageId(ownerRelationship);
        var owner = ownerId is { } userId ? account.Table<User>().FindEverywhere(userId) : null;
        var environment = EnvironmentalRows.Chosen(request, data, "licenses", "license", policy?.Environment);
        Access.Require(request, LicenseAccess.CanCreate(request.Caller, policy, owner));
        EnvironmentalRows.RequireHere(request, environment);

        if (policy is null)
        {
            throw ValidationErrors.MissingRelationship("licenses", "license", "policy");
        }

        if (ownerId is not null && owner is null)
        {
            throw ValidationErrors.MissingRelationship("licenses", "license", "owner");
        }

        var group = GroupMembership.Linked(account, data, "licenses", "license") ?? owner?.Group;
        var errors = new ValidationErrors("licenses", "license");
        EnvironmentalRows.CheckAssociation(errors, environment, policy, "policy");
        EnvironmentalRows.CheckAssociation(errors, environment, owner, "owner");
        EnvironmentalRows.CheckAssociation(errors, environment, group, "group");
        errors.ThrowIfAny();
        GroupMembership.CheckJoin<License>(account, group);
        var id = data.String("id") is { } given ? Guid.Parse(given) : Guid.NewGuid();
        var permissions = PermissionInput.Given(data.Child("attributes"), Role.License, "licenses", "license");
        // Before the key is made, so a refused license takes no key from the pool.
        LicensedUserLimit.Check(request);
        var license = LicenseFactory.Create(request, policy, owner, id, data.Child("attributes"));
        license.Permissions = permissions;
        license.Group = group;
        license.Environment = environment;
        account.Table<License>().Add(license);
        Broadcast.Publish(request, "license.created", license);
        return Listing.Created(request, license, "licenses");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var license = Find(request);
        // Keygen authorizes an update before it reads the body.
        Access.RequireToChange(request, license, LicenseAccess.CanManage(request.Caller, license));
        var attributes = Fields.Of(request.Params(LicenseSchemas.Update)).Child("data").Child("attributes");
        Changes.Apply(license, () =>
        {
            LicenseAttributes.Setters.Apply(license, attributes);
            var errors = new ValidationErrors("licenses", "license");
            LicenseRules.CheckOverrides(errors, license);
            errors.ThrowIfAny();
            PermissionInput.Apply(license, attributes, "licenses", "license");
        });
        license.Updated = request.Now;
        Broadcast.Publish(request, "license.updated", license);
        return Listing.One(request, license);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var license = Find(request);
        Access.RequireToChange(request, license, LicenseAccess.CanDestroy(request.Caller, license));
        Broadcast.Publish(request, "license.deleted", license);
        Deletions.License(request.Account, license);
        return ApiResult.NoContent();
    }
}
