using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Licenses;
using Keygen.Emulator.Resources.Machines;
using Keygen.Emulator.Resources.Users;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Groups;

/// <summary>
/// <c>GET|PATCH /licenses|machines|users/{id}/group</c>: read a member's group and move it to another group or out
/// of any (<c>data: null</c>), within the new group's limit; the answer is the member. A license or machine without
/// a group is a 404 (Keygen reads <c>group!</c>), a user without one is <c>data: null</c> (Keygen reads <c>user.group</c>).
/// </summary>
internal static class GroupChanges
{
    public static void Register(RouteTable routes)
    {
        new Member<License>("license", "licenses", r => LicenseModule.Find(r, "license_id"), (caller, l) => StaffWhoSell(caller) || caller.Bearer == l.Product, NoneIsNull: false)
            .Register(routes, "/licenses/{license_id}/group");
        new Member<Machine>("machine", "machines", r => MachineModule.Find(r, "machine_id"), (caller, m) => StaffWhoSell(caller) || caller.Bearer == m.Product, NoneIsNull: false)
            .Register(routes, "/machines/{machine_id}/group");
        new Member<User>("user", "users", r => UserModule.FindInScope(r, "user_id"), (caller, u) => StaffWhoSell(caller) || (caller.Is(Role.Product, Role.Environment) && u.Role == Role.User), NoneIsNull: true)
        {
            CanRead = (caller, u) => caller.SeesAll || (caller.Is(Role.Product) && u.Role == Role.User) || caller.Bearer == u,
        }.Register(routes, "/users/{user_id}/group");
    }

    /// <summary>Staff who sell and environments (Keygen's <c>update?</c> of a member's group).</summary>
    private static bool StaffWhoSell(Principal caller) => caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment);

    /// <param name="Kind">The member's singular name: the event prefix and the validation model.</param>
    /// <param name="Topic">The member's collection: the docs topic of its validation errors.</param>
    /// <param name="Find">Finds the member among those the caller may see.</param>
    /// <param name="CanChange">Whether the caller may move it.</param>
    /// <param name="NoneIsNull">Whether a member without a group answers <c>data: null</c> rather than 404.</param>
    private sealed record Member<T>(string Kind, string Topic, Func<ApiRequest, T> Find, Func<Principal, T, bool> CanChange, bool NoneIsNull)
        where T : Entity, IGroupMember
    {
        /// <summary>Whether the caller may read the member's group, once it found the member; by default anyone who can.</summary>
        public Func<Principal, T, bool>? CanRead { get; init; }

        public void Register(RouteTable routes, string path)
        {
            routes.Get(path, Show);
            routes.Update(path, Update);
        }

        private ApiResult Show(ApiRequest request)
        {
            var member = Find(request);
            Access.Require(request, CanRead?.Invoke(request.Caller, member) ?? true);
            var group = member.Group;
            return NoneIsNull ? Listing.OneOrNull(request, group) : Listing.One(request, group ?? throw Errors.NotFound("group", null));
        }

        private ApiResult Update(ApiRequest request)
        {
            var member = Find(request);
            var data = Fields.Of(request.Params(GroupSchemas.Change)).Child("data");
            Access.Require(request, CanChange(request.Caller, member));
            var group = data.String("id") is { } id ? GroupMembership.Find(request.Account, Guid.Parse(id), Topic, Kind) : null;
            if (group != member.Group)
            {
                GroupMembership.CheckJoin(request.Account, group, member);
                member.Group = group;
                member.Updated = request.Now;
            }

            Broadcast.Publish(request, Kind + ".group.updated", member);
            return Listing.One(request, member);
        }
    }
}
