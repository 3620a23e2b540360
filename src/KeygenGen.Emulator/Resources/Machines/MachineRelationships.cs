using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>
/// A machine's relationships: its product, license, owner (changeable with <c>PATCH</c>) and the v1.5 <c>user</c>
/// (its license's owner, read-only).
/// </summary>
internal static class MachineRelationships
{
    private static readonly RequestSchema OwnerChange = RequestSchema.Linkage(true, "user", "users");

    public static void Register(RouteTable routes)
    {
        Related.One(routes, "/machines/{machine_id}/product", Find, m => m.Product);
        Related.One(routes, "/machines/{machine_id}/license", Find, m => m.License);
        Related.One(routes, "/machines/{machine_id}/owner", Find, m => m.Owner);
        // Keygen's Machines::V1x5::UserPolicy: among users, only the license's owner (who is the answer) may read it.
        Related.One(routes, "/machines/{machine_id}/user", Find, m => m.License.Owner, (caller, m) => !caller.Is(Role.User) || caller.Bearer == m.License.Owner);
        routes.Update("/machines/{machine_id}/owner", ChangeOwner);
    }

    private static Machine Find(ApiRequest request) => MachineModule.Find(request, "machine_id");

    /// <summary>The new owner must be one of the license's users; a machine without a group joins the owner's.</summary>
    private static ApiResult ChangeOwner(ApiRequest request)
    {
        var machine = Find(request);
        var id = Fields.Of(request.Params(OwnerChange)).Child("data").String("id");
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent) || request.Caller.Bearer == machine.Product);
        var owner = id is null ? null : request.Account.Table<User>().Find(Guid.Parse(id)) ?? throw ValidationErrors.MissingRelationship("machines", "machine", "owner");
        if (owner is not null && owner != machine.Owner)
        {
            if (!machine.License.HasUser(owner))
            {
                throw ValidationErrors.RelationshipError("machines", "machine", "owner", "INVALID", "must be a valid license user");
            }

            var group = machine.Group ?? owner.Group;
            if (group != machine.Group)
            {
                GroupMembership.CheckJoin(request.Account, group, machine);
                machine.Group = group;
            }
        }

        machine.Owner = owner;
        machine.Updated = request.Now;
        Broadcast.Publish(request, "machine.owner.updated", machine);
        return Listing.One(request, machine);
    }
}
