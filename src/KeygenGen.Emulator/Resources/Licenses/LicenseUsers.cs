using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// <c>/licenses/{id}/users</c>: a license's users (its owner and the attached ones), attaching users (within
/// <c>maxUsers</c>, answering <c>license-users</c>) and detaching them; the owner is detached only by changing the owner.
/// </summary>
internal static class LicenseUsers
{
    private static readonly RequestSchema Body = Attachments.Schema("user", "users");

    public static void Register(RouteTable routes)
    {
        Related.Many(
            routes,
            "/licenses/{license_id}/users",
            FindLicense,
            (_, license) => license.Users,
            "user",
            (user, email) => string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase));
        routes.Post("/licenses/{license_id}/users", Attach);
        routes.Delete("/licenses/{license_id}/users", Detach);
    }

    private static License FindLicense(ApiRequest request) => LicenseModule.Find(request, "license_id");

    private static ApiResult Attach(ApiRequest request)
    {
        var license = FindLicense(request);
        var ids = Attachments.Ids(request, Body);
        Authorize(request, license, ids);
        var created = Attachments.Join(
            ids,
            request.Account.Table<User>().Find,
            (user, pending) => license.Licensees.Concat(pending).Any(l => l.User == user),
            user => new LicenseUser(Guid.NewGuid(), request.Now, license, user),
            () => new ValidationErrors("licenses", "license_user"),
            "user",
            (user, pending, errors) =>
            {
                if (user == license.Owner)
                {
                    errors.Relationship("user", "CONFLICT", "already exists (user is attached through owner)");
                }

                var count = license.UsersCount + pending.Count + 1;
                if (license.MaxUsers is { } max && license.Policy.OverageStrategy != "ALWAYS_ALLOW_OVERAGE" && !license.Policy.AllowsOverage(count, max))
                {
                    errors.RelationshipCode("users", "USER_LIMIT_EXCEEDED", $"user count has exceeded maximum allowed for license ({max})");
                }

                // A valid row is then held to the account's licensed user limit (LicenseUser's before_create).
                if (!errors.Any)
                {
                    LicensedUserLimit.Check(request, license.IsActive(request.Now) ? pending.Select(p => p.User) : null);
                }
            });

        license.Licensees.AddRange(created);
        Broadcast.PublishAll(request, "license.users.attached", license, created);
        return Listing.All(request, created);
    }

    /// <summary>Detached users keep their machines of the license, but no longer own them.</summary>
    private static ApiResult Detach(ApiRequest request)
    {
        var license = FindLicense(request);
        var ids = Attachments.Ids(request, Body);
        Authorize(request, license, ids);
        Attachments.RejectAttachedThrough(ids, id => license.Owner?.Id == id, "user", "owner");
        var detached = Attachments.Detachable(ids, id => license.Licensees.Find(l => l.User.Id == id), Attachments.NotAttached("user"));
        license.Licensees.RemoveAll(detached.Contains);
        foreach (var machine in license.Machines.Where(m => detached.Any(d => d.User == m.Owner)))
        {
            machine.Owner = null;
        }

        Broadcast.PublishAll(request, "license.users.detached", license, detached);
        return ApiResult.NoContent();
    }

    /// <summary>
    /// Keygen's Licenses::UserPolicy#attach?/detach?, about the existing users named, whatever their environment: each must
    /// be compatible with the request's environment (strictly for a global license, so shared users join only shared
    /// licenses); then any staff role (read-only included), environments, the product, and the owner of an unprotected license.
    /// </summary>
    private static void Authorize(ApiRequest request, License license, System.Collections.Generic.IEnumerable<Guid> ids)
    {
        var users = ids.Select(request.Account.Table<User>().FindEverywhere).OfType<User>();
        Access.RequireCompatible(request, users, strict: license.Environment is null);
        var caller = request.Caller;
        Access.Require(request, caller.SeesAll || caller.Bearer == license.Product || (caller.Bearer is User user && license.Owner == user && !license.Protected));
    }
}
