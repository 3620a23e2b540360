using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Groups;

/// <summary><c>/groups/{id}/owners</c>: list and read a group's owners (<c>group-owners</c>), attach and detach users as owners.</summary>
internal static class GroupOwners
{
    public static void Register(RouteTable routes)
    {
        routes.Get("/groups/{group_id}/owners", Index);
        routes.Get("/groups/{group_id}/owners/{id}", Show);
        routes.Post("/groups/{group_id}/owners", Attach);
        routes.Delete("/groups/{group_id}/owners", Detach);
    }

    private static Group FindGroup(ApiRequest request) => GroupModule.Find(request, "group_id");

    private static ApiResult Index(ApiRequest request) => Listing.Of(request, FindGroup(request).Owners);

    /// <summary>By the id of the <c>group-owners</c> row, as Keygen finds it.</summary>
    private static ApiResult Show(ApiRequest request)
    {
        var owners = FindGroup(request).Owners;
        var id = request.Route("id");
        return Listing.One(request, owners.Find(o => Guid.TryParse(id, out var guid) && o.Id == guid) ?? throw Errors.NotFound("group owner", id));
    }

    private static ApiResult Attach(ApiRequest request)
    {
        var group = FindGroup(request);
        var ids = Attachments.Ids(request, GroupSchemas.Owners);
        Access.Require(request, GroupModule.CanWrite(request.Caller));
        var created = Attachments.Join(
            ids,
            request.Account.Table<User>().Find,
            (user, pending) => group.Owners.Concat(pending).Any(o => o.User == user),
            user => new GroupOwner(Guid.NewGuid(), request.Now, group, user),
            () => new ValidationErrors("group-owners", "group_owner"),
            "user");

        group.Owners.AddRange(created);
        Broadcast.PublishAll(request, "group.owners.attached", group, created);
        return Listing.All(request, created);
    }

    private static ApiResult Detach(ApiRequest request)
    {
        var group = FindGroup(request);
        var ids = Attachments.Ids(request, GroupSchemas.Owners);
        Access.Require(request, GroupModule.CanWrite(request.Caller));
        var owners = Attachments.Detachable(ids, id => group.Owners.Find(o => o.User.Id == id), id => $"owner relationship for user '{id}' not found");
        group.Owners.RemoveAll(owners.Contains);
        Broadcast.PublishAll(request, "group.owners.detached", group, owners);
        return ApiResult.NoContent();
    }
}
