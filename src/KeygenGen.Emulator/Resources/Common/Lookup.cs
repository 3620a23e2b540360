using System;
using Keygen.Emulator.Http;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Finds the resource named by the <c>{id}</c> route value among those the caller may see (Keygen's
/// <c>authorized_scope</c>): anything else, hidden or absent, is the same 404.
/// </summary>
internal static class Lookup
{
    public static T Find<T>(ApiRequest request, string model, Func<T, bool> visible, string routeValue = "id")
        where T : Entity =>
        FindByAlias(request, model, visible, static (_, _) => false, routeValue);

    /// <summary>Like <see cref="Find"/>, also matching the path value against an alias (a license key, a machine fingerprint, …).</summary>
    public static T FindByAlias<T>(ApiRequest request, string model, Func<T, bool> visible, Func<T, string, bool> alias, string routeValue = "id")
        where T : Entity
    {
        var id = request.Route(routeValue);
        var row = request.Account.Table<T>().FindByIdOrAlias(id, (candidate, value) => alias(candidate, value) && visible(candidate));
        return row is not null && visible(row) ? row : throw Errors.NotFound(model, id);
    }
}
