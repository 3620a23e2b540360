using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Keygen's read-only relationship endpoints: <c>GET /parents/{parent_id}/child</c> answers the related resource
/// (or <c>data: null</c>), and <c>GET /parents/{parent_id}/children[/{id}]</c> lists or finds among the related ones.
/// Finding the parent applies the caller's visibility, so what it cannot see is a 404 like everywhere else.
/// </summary>
internal static class Related
{
    /// <summary>The to-one route; <paramref name="allowed"/> (default: anyone who sees the parent) may restrict it further.</summary>
    public static void One<TParent>(
        RouteTable routes,
        string path,
        Func<ApiRequest, TParent> find,
        Func<TParent, object?> related,
        Func<Principal, TParent, bool>? allowed = null) =>
        routes.Get(path, request =>
        {
            var parent = find(request);
            Access.Require(request, allowed?.Invoke(request.Caller, parent) ?? true);
            return Listing.OneOrNull(request, related(parent));
        });

    /// <summary>
    /// The list route and the one-item route below it. <paramref name="children"/> gives the related rows the
    /// caller may see; <paramref name="alias"/> matches the item path value otherwise than by id (an email, a key).
    /// </summary>
    public static void Many<TParent, TChild>(
        RouteTable routes,
        string path,
        Func<ApiRequest, TParent> find,
        Func<ApiRequest, TParent, IEnumerable<TChild>> children,
        string model,
        Func<TChild, string, bool>? alias = null,
        Func<Principal, TParent, bool>? allowed = null)
        where TChild : Entity
    {
        IEnumerable<TChild> Children(ApiRequest request)
        {
            var parent = find(request);
            Access.Require(request, allowed?.Invoke(request.Caller, parent) ?? true);
            return children(request, parent);
        }

        routes.Get(path, request => Listing.Of(request, Children(request)));
        routes.Get(path + "/{id}", request =>
        {
            var among = Children(request).ToHashSet();
            return Listing.One(request, Lookup.FindByAlias(request, model, among.Contains, alias ?? ((_, _) => false)));
        });
    }

    /// <summary>Only staff, environments and the parent's own product (Keygen's rule for most relationship lists of policies and products).</summary>
    public static bool StaffOrProduct(Principal caller, IProductScoped parent) => caller.SeesAll || caller.Bearer == parent.Product;
}
