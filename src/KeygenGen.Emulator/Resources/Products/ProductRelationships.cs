using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Licenses;
using Keygen.Emulator.Resources.Machines;
using Keygen.Emulator.Resources.Users;

namespace Keygen.Emulator.Resources.Products;

/// <summary>A product's relationships, for staff and the product itself: its policies, licenses, machines, tokens and users.</summary>
internal static class ProductRelationships
{
    public static void Register(RouteTable routes)
    {
        Related.Many(routes, "/products/{product_id}/policies", Find, (r, p) => r.Account.Table<Policy>().All.Where(x => x.Product == p), "policy", allowed: Related.StaffOrProduct);
        Related.Many(
            routes,
            "/products/{product_id}/licenses",
            Find,
            (r, p) => r.Account.Table<License>().All.Where(l => l.Product == p).ByPolicy(r).ByUser(r).BySuspended(r),
            "license",
            (l, key) => l.Key == key,
            Related.StaffOrProduct);
        Related.Many(
            routes,
            "/products/{product_id}/machines",
            Find,
            (r, p) => r.Account.Table<Machine>().All.Where(m => m.Product == p).ByFingerprint(r).ByLicense(r).ByUser(r),
            "machine",
            (m, fingerprint) => m.Fingerprint == fingerprint,
            Related.StaffOrProduct);
        Related.Many(routes, "/products/{product_id}/tokens", Find, (r, p) => r.Account.Table<Token>().All.Where(t => t.Bearer == p), "token", allowed: Related.StaffOrProduct);
        Related.Many(routes, "/products/{product_id}/users", Find, Users, "user", (u, email) => string.Equals(u.Email, email, System.StringComparison.OrdinalIgnoreCase), Related.StaffOrProduct);
    }

    private static Product Find(ApiRequest request) => ProductModule.Find(request, "product_id");

    /// <summary>The users of the product's licenses (owners and attached users), by default only those with the user role.</summary>
    private static System.Collections.Generic.IEnumerable<User> Users(ApiRequest request, Product product) =>
        UserModule.WithRoles(request, request.Account.Table<User>().All
            .Where(u => request.Account.Table<License>().All.Any(l => l.Product == product && l.HasUser(u))));
}
