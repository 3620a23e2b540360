using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Machines;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// A license's relationships: its product, policy (transfer with <c>PATCH</c>), owner (and the v1.5 <c>user</c>
/// alias of it, both changeable with <c>PATCH</c>), machines and activation tokens.
/// </summary>
internal static class LicenseRelationships
{
    private static readonly RequestSchema PolicyChange = RequestSchema.Linkage(false, "policy", "policies");

    private static readonly RequestSchema OwnerChange = RequestSchema.Linkage(true, "user", "users");

    public static void Register(RouteTable routes)
    {
        Related.One(routes, "/licenses/{license_id}/product", Find, l => l.Product);
        Related.One(routes, "/licenses/{license_id}/policy", Find, l => l.Policy);
        Related.One(routes, "/licenses/{license_id}/owner", Find, l => l.Owner);
        Related.One(routes, "/licenses/{license_id}/user", Find, l => l.Owner, allowed: ReadsOwner);
        routes.Update("/licenses/{license_id}/policy", ChangePolicy);
        routes.Update("/licenses/{license_id}/owner", request => ChangeOwner(request, "license.owner.updated"));
        routes.Update("/licenses/{license_id}/user", request => ChangeOwner(request, "license.user.updated"));
        Related.Many(
            routes,
            "/licenses/{license_id}/machines",
            Find,
            (request, license) => license.Machines.ByFingerprint(request).ByProduct(request).ByUser(request),
            "machine",
            (m, fingerprint) => m.Fingerprint == fingerprint);
        Related.Many(
            routes,
            "/licenses/{license_id}/tokens",
            Find,
            (request, license) => request.Account.Table<Token>().All.Where(t => t.Bearer == license),
            "token",
            allowed: (caller, license) => caller.IsStaff || caller.Bearer == license.Product);
    }

    private static License Find(ApiRequest request) => LicenseModule.Find(request, "license_id");

    /// <summary>Licenses::V1x5::UserPolicy#show?: staff, environments, the product, the license itself and its owner, not its other users.</summary>
    private static bool ReadsOwner(Principal caller, License license) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Product product => license.Product == product,
        User user => license.Owner == user,
        License self => self == license,
        _ => false,
    };

    private static ApiResult ChangePolicy(ApiRequest request)
    {
        var license = Find(request);
        var id = Guid.Parse(Fields.Of(request.Params(PolicyChange)).Child("data").String("id")!);
        var policy = request.Account.Table<Policy>().Find(id);
        Access.Require(request, request.Caller.Bearer switch
        {
            _ when request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent) => true,
            Product product => license.Product == product && policy?.Product == product,
            User user => license.Owner == user && !license.Protected && policy?.Protected != true,
            _ => false,
        });
        LicenseTransfers.Transfer(license, policy ?? throw ValidationErrors.MissingRelationship("licenses", "license", "policy"), request.Now);
        return Changed(request, license, "license.policy.updated");
    }

    /// <summary>
    /// A new owner must exist, must not already be an attached user, and must fit <c>maxUsers</c>; a license without a
    /// group joins the new owner's (Keygen's before_validation), within that group's license limit.
    /// </summary>
    private static ApiResult ChangeOwner(ApiRequest request, string eventName)
    {
        var license = Find(request);
        var id = Fields.Of(request.Params(OwnerChange)).Child("data").String("id");
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) || request.Caller.Bearer == license.Product);
        var owner = id is null ? null : request.Account.Table<User>().Find(Guid.Parse(id)) ?? throw ValidationErrors.MissingRelationship("licenses", "license", "owner");
        var group = license.Group;
        if (owner is not null && owner != license.Owner)
        {
            if (group is null && owner.Group is not null)
            {
                group = owner.Group;
                GroupMembership.CheckJoin(request.Account, group, license);
            }

            var errors = new ValidationErrors("licenses", "license");
            var users = license.Licensees.Count + 1;
            if (license.MaxUsers is { } max && license.Policy.OverageStrategy != "ALWAYS_ALLOW_OVERAGE" && !license.Policy.AllowsOverage(users, max))
            {
                errors.RelationshipCode("users", "USER_LIMIT_EXCEEDED", $"user count has exceeded maximum allowed for license ({max})");
            }

            if (license.Licensees.Any(l => l.User == owner))
            {
                errors.Relationship("owner", "INVALID", "already exists (user is attached through users)");
            }

            errors.ThrowIfAny();
        }

        license.Owner = owner;
        license.Group = group;
        return Changed(request, license, eventName);
    }

    private static ApiResult Changed(ApiRequest request, License license, string eventName)
    {
        license.Updated = request.Now;
        Broadcast.Publish(request, eventName, license);
        return Listing.One(request, license);
    }
}
