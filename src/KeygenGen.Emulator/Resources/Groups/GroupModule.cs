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
using Keygen.Emulator.Resources.Users;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Groups;

/// <summary>
/// <c>/groups</c>: groups of users, licenses and machines with optional limits, their members, their owners
/// (<see cref="GroupOwners"/>) and the <c>…/group</c> relationship of each member (<see cref="GroupChanges"/>).
/// </summary>
internal sealed class GroupModule : IResourceModule
{
    private static readonly AttributeSetters<Group> Setters = new()
    {
        ["name"] = (g, f, n) => g.Name = f.String(n)!,
        ["maxUsers"] = (g, f, n) => g.MaxUsers = f.Int(n),
        ["maxLicenses"] = (g, f, n) => g.MaxLicenses = f.Int(n),
        ["maxMachines"] = (g, f, n) => g.MaxMachines = f.Int(n),
        ["metadata"] = (g, f, n) => g.Metadata = f.Object(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Group>(GroupRenderer.Render);
        renderers.Register<GroupOwner>(GroupRenderer.RenderOwner);
        routes.Get("/groups", Index);
        routes.Post("/groups", Create);
        routes.Get("/groups/{id}", Show);
        routes.Update("/groups/{id}", Update);
        routes.Delete("/groups/{id}", Destroy);
        RegisterMembers(routes);
        GroupOwners.Register(routes);
        GroupChanges.Register(routes);
    }

    public static Group Find(ApiRequest request, string routeValue = "id") =>
        Lookup.Find<Group>(request, "group", g => Visibility.Group(request.Caller, g), routeValue);

    /// <summary>
    /// A group by id among all of the account's (Keygen's <c>current_account.groups.find</c> in <c>/groups/{id}</c>): one the
    /// caller may not see is a 403 rather than a 404.
    /// </summary>
    private static Group FindThenAuthorize(ApiRequest request)
    {
        var group = Lookup.Find<Group>(request, "group", _ => true);
        Access.Require(request, Visibility.Group(request.Caller, group));
        return group;
    }

    /// <summary>Admins, developers, environments and products manage groups.</summary>
    public static bool CanWrite(Principal caller) => caller.Manages || caller.Is(Role.Product);

    /// <summary>
    /// <c>/groups/{id}/users|licenses|machines</c> (Keygen's <c>Groups::*Policy</c>): all members for staff and environments,
    /// a product's own, those of the groups a user owns (a user who owns none, or a license, is denied).
    /// </summary>
    private static void RegisterMembers(RouteTable routes)
    {
        Related.Many(routes, "/groups/{group_id}/users", r => Members(r, (User u) => GroupUserVisible(r, u)), (_, members) => members, "user");
        Related.Many(routes, "/groups/{group_id}/licenses", r => Members(r, (License l) => Visibility.License(r.Caller, l)), (_, members) => members, "license");
        Related.Many(routes, "/groups/{group_id}/machines", r => Members(r, (Machine m) => Visibility.Machine(r.Caller, m)), (_, members) => members, "machine");
    }

    /// <summary>Groups::UserPolicy's scope: a product sees the users of its licenses, everyone else the users' own scope.</summary>
    private static bool GroupUserVisible(ApiRequest request, User user) => request.Caller.Bearer is Product product
        ? Visibility.LicensesOf(user, request.Account).Any(l => l.Product == product)
        : UserAccess.InScope(request.Caller, user, request.Account);

    private static System.Collections.Generic.List<T> Members<T>(ApiRequest request, Func<T, bool> visible)
        where T : Entity, IGroupMember
    {
        var group = Find(request, "group_id");
        var members = request.Account.Table<T>().All.Where(m => m.Group == group);
        switch (request.Caller.Bearer)
        {
            case not null when request.Caller.SeesAll:
                return members.ToList();
            case Product:
                return members.Where(visible).ToList();
            case User user:
                var owned = request.Account.Table<Group>().All.Where(g => g.Owners.Any(o => o.User == user)).ToHashSet();
                Access.Require(request, owned.Count > 0);
                return members.Where(m => m.Group is { } g && owned.Contains(g)).ToList();
            default:
                throw Access.Denied(request);
        }
    }

    private static ApiResult Index(ApiRequest request) =>
        Listing.Of(request, request.Account.Table<Group>().All.Where(g => Visibility.Group(request.Caller, g)));

    private static ApiResult Show(ApiRequest request) => Listing.One(request, FindThenAuthorize(request));

    private static ApiResult Create(ApiRequest request)
    {
        var attributes = Fields.Of(request.Params(GroupSchemas.Create)).Child("data").Child("attributes");
        Access.Require(request, CanWrite(request.Caller));
        var group = new Group(Guid.NewGuid(), request.Now, attributes.String("name")!);
        Setters.Apply(group, attributes);
        Validate(group);
        request.Account.Table<Group>().Add(group);
        Broadcast.Publish(request, "group.created", group);
        return Listing.Created(request, group, "groups");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var group = FindThenAuthorize(request);
        var attributes = Fields.Of(request.Params(GroupSchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, CanWrite(request.Caller));
        EnvironmentalRows.RequireWritableHere(request, group);
        Changes.Apply(group, () =>
        {
            Setters.Apply(group, attributes);
            Validate(group);
        });
        group.Updated = request.Now;
        Broadcast.Publish(request, "group.updated", group);
        return Listing.One(request, group);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var group = FindThenAuthorize(request);
        Access.Require(request, CanWrite(request.Caller));
        EnvironmentalRows.RequireWritableHere(request, group);
        Broadcast.Publish(request, "group.deleted", group);
        Deletions.Group(request.Account, group);
        return ApiResult.NoContent();
    }

    /// <summary>Keygen validates only the name's length; the limits take any integer.</summary>
    private static void Validate(Group group)
    {
        var errors = new ValidationErrors("groups", "group");
        if (group.Name.Length > 255)
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        errors.ThrowIfAny();
    }
}
