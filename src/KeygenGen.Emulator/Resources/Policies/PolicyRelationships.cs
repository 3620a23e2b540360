using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Keys;
using Keygen.Emulator.Resources.Licenses;

namespace Keygen.Emulator.Resources.Policies;

/// <summary>A policy's relationships, for staff and its product: its licenses, its product, and its key pool (read and pop).</summary>
internal static class PolicyRelationships
{
    public static void Register(RouteTable routes)
    {
        Related.Many(
            routes,
            "/policies/{policy_id}/licenses",
            Find,
            (r, p) => r.Account.Table<License>().All.Where(l => l.Policy == p).ByProduct(r).ByUser(r).BySuspended(r),
            "license",
            (l, key) => l.Key == key,
            Related.StaffOrProduct);
        Related.One(routes, "/policies/{policy_id}/product", Find, p => p.Product, Related.StaffOrProduct);
        Related.Many(routes, "/policies/{policy_id}/pool", Find, (r, p) => r.Account.Table<PoolKey>().All.Where(k => k.Policy == p), "key", allowed: Related.StaffOrProduct);
        routes.Delete("/policies/{policy_id}/pool", Pop);
    }

    private static Policy Find(ApiRequest request) => PolicyModule.Find(request, "policy_id");

    /// <summary>Takes the oldest key out of the pool and answers it (200); 422 when the policy has no pool or it is empty.</summary>
    private static ApiResult Pop(ApiRequest request)
    {
        var policy = Find(request);
        Access.Require(request, request.Caller.Manages || request.Caller.Bearer == policy.Product);
        var pool = ErrorSource.Pointer("/data/relationships/pool");
        if (!policy.UsePool)
        {
            throw Errors.Unprocessable("pool is not supported", pool);
        }

        var key = KeyModule.Pop(request.Account, policy) ?? throw Errors.Unprocessable("pool is empty", pool);
        Broadcast.Publish(request, "policy.pool.popped", key);
        return Listing.One(request, key);
    }
}
