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
        Access.Require(request, CanAttach(request.Caller, license));
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
        Access.Require(request, CanAttach(request.Caller, license));
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

    /// <summary>Keygen's Licenses::UserPolicy: any staff role (read-only included), the product, and the owner of an unprotected license.</summary>
    private static bool CanAttach(Principal caller, License license) =>
        caller.IsStaff || caller.Bearer == license.Product || (caller.Bearer is User user && license.Owner == user && !license.Protected);
}
