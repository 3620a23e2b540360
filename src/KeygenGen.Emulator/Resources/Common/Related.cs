using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Keygen's read-only relationship endpoints: <c>GET /parents/{parent_id}/child</c> answers the related resource
/// (or <c>data: null</c>), and <c>GET /parents/{parent_id}/children[/{id}]</c> lists or finds among the related ones.
/// Finding the parent applies the caller's visibility, so what it cannot see is a 404 like everywhere else.
/// </summary>
internal static class Related
{
    public static void One<TParent>(RouteTable routes, string path, Func<ApiRequest, TParent> find, Func<TParent, object?> related) =>
        routes.Get(path, request => Listing.OneOrNull(request, related(find(request))));

    /// <summary>The list route and the one-item route below it; <paramref name="alias"/> matches the item path value otherwise than by id.</summary>
    public static void Many<TParent, TChild>(
        RouteTable routes,
        string path,
        Func<ApiRequest, TParent> find,
        Func<TParent, IEnumerable<TChild>> children,
        string model,
        Func<TChild, string, bool>? alias = null)
        where TChild : Entity
    {
        routes.Get(path, request => Listing.Of(request, children(find(request))));
        routes.Get(path + "/{id}", request =>
        {
            var among = children(find(request)).ToHashSet();
            return Listing.One(request, Lookup.FindByAlias(request, model, among.Contains, alias ?? ((_, _) => false)));
        });
    }
}
