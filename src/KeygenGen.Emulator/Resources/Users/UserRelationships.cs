using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Users;

/// <summary>
/// A user's relationships, for staff, products (for plain users) and the user itself: the products, licenses
/// (owned and attached) and machines it has through its licenses, and its tokens; each filtered to what the caller sees.
/// </summary>
internal static class UserRelationships
{
    public static void Register(RouteTable routes)
    {
        Related.Many(
            routes,
            "/users/{user_id}/products",
            Find,
            (r, u) => Visibility.LicensesOf(u, r.Account).Select(l => l.Product).Distinct().Where(p => Visibility.Product(r.Caller, p, r.Account)),
            "product",
            allowed: Allowed);
        Related.Many(routes, "/users/{user_id}/licenses", Find, (r, u) => Visibility.LicensesOf(u, r.Account).Where(l => Visibility.License(r.Caller, l)), "license", (l, key) => l.Key == key, Allowed);
        Related.Many(
            routes,
            "/users/{user_id}/machines",
            Find,
            (r, u) => Visibility.LicensesOf(u, r.Account).SelectMany(l => l.Machines).Where(m => Visibility.Machine(r.Caller, m)),
            "machine",
            (m, fingerprint) => m.Fingerprint == fingerprint,
            Allowed);
        Related.Many(routes, "/users/{user_id}/tokens", Find, (r, u) => r.Account.Table<Token>().All.Where(t => t.Bearer == u), "token", allowed: Allowed);
    }

    public static User Find(ApiRequest request) => UserModule.Find(request, u => UserAccess.Visible(request.Caller, u, request.Account), "user_id");

    private static bool Allowed(Principal caller, User user) => caller.IsStaff || caller.Bearer == user || (caller.Is(Role.Product) && user.Role == Role.User);
}
