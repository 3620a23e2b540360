using System.Collections.Generic;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>
/// Keygen's <c>has_scope</c> filters of machine lists, one definition each: <c>/machines</c> takes them all, the machine
/// lists of a license and of a product take the subset their controllers declare.
/// </summary>
internal static class MachineFilters
{
    public static IEnumerable<Machine> ByFingerprint(this IEnumerable<Machine> rows, ApiRequest request) =>
        rows.Filter(request, "fingerprint", (m, v) => m.Fingerprint == v);

    public static IEnumerable<Machine> ByProduct(this IEnumerable<Machine> rows, ApiRequest request) =>
        rows.Filter(request, "product", (m, v) => QueryFilters.SameId(m.Product.Id, v));

    /// <summary>By the license's id or key.</summary>
    public static IEnumerable<Machine> ByLicense(this IEnumerable<Machine> rows, ApiRequest request) =>
        rows.Filter(request, "license", (m, v) => QueryFilters.SameId(m.License.Id, v) || m.License.Key == v);

    /// <summary>Keygen's <c>for_user</c>: machines of licenses the user, by id or email, owns.</summary>
    public static IEnumerable<Machine> ByUser(this IEnumerable<Machine> rows, ApiRequest request) =>
        rows.Filter(request, "user", (m, v) => m.License.Owner is { } owner && (QueryFilters.SameId(owner.Id, v) || owner.Email == v));
}
