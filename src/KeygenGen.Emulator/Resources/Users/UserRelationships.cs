using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Users;

/// <summary>
/// A user's relationships: the products, licenses (owned and attached) and machines it has through its licenses, and
/// its tokens, each filtered to what the caller sees. The user is found in the caller's scope (a 404 outside it); the
/// relationship's policy (Keygen's <c>Users::*Policy</c>) then lets staff and environments read any user's, products
/// those of plain users, and a user its own, and nobody else (a 403).
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
            allowed: MayRead);
        Related.Many(routes, "/users/{user_id}/licenses", Find, (r, u) => Visibility.LicensesOf(u, r.Account).Where(l => Visibility.License(r.Caller, l)), "license", (l, key) => l.Key == key, MayRead);
        Related.Many(
            routes,
            "/users/{user_id}/machines",
            Find,
            (r, u) => Visibility.LicensesOf(u, r.Account).SelectMany(l => l.Machines).Where(m => Visibility.Machine(r.Caller, m)),
            "machine",
            (m, fingerprint) => m.Fingerprint == fingerprint,
            MayRead);
        Related.Many(
            routes,
            "/users/{user_id}/tokens",
            Find,
            (r, u) => r.Account.Table<Token>().All.Where(t => t.Bearer == u && Tokens.TokenAccess.Visible(r.Caller, t, r.Account)),
            "token",
            allowed: MayRead);
    }

    public static User Find(ApiRequest request) => UserModule.FindInScope(request, "user_id");

    private static bool MayRead(Principal caller, User user) =>
        caller.SeesAll || caller.Bearer == user || (caller.Is(Role.Product) && user.Role == Role.User);
}
