using System;
using System.Collections.Generic;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// Keygen's <c>has_scope</c> filters of license lists, one definition each: <c>/licenses</c> takes them all, the license
/// lists of a policy and of a product take the subset their controllers declare.
/// </summary>
internal static class LicenseFilters
{
    public static IEnumerable<License> ByProduct(this IEnumerable<License> rows, ApiRequest request) =>
        rows.Filter(request, "product", (l, v) => QueryFilters.SameId(l.Product.Id, v));

    public static IEnumerable<License> ByPolicy(this IEnumerable<License> rows, ApiRequest request) =>
        rows.Filter(request, "policy", (l, v) => QueryFilters.SameId(l.Policy.Id, v));

    /// <summary>Keygen's <c>for_user</c> (also under the name <c>owner</c> on <c>/licenses</c>): licenses the user, by id or email, owns.</summary>
    public static IEnumerable<License> ByUser(this IEnumerable<License> rows, ApiRequest request, string name = "user") =>
        rows.Filter(request, name, (l, v) => l.Owner is { } owner && (QueryFilters.SameId(owner.Id, v) || string.Equals(owner.Email, v, StringComparison.OrdinalIgnoreCase)));

    public static IEnumerable<License> BySuspended(this IEnumerable<License> rows, ApiRequest request) =>
        rows.FilterFlag(request, "suspended", l => l.Suspended);
}
