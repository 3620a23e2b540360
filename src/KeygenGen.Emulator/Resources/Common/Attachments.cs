using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Keygen's attach/detach endpoints of to-many relationships (<c>POST|DELETE …/entitlements</c>, <c>…/users</c>,
/// <c>…/owners</c>): the body is <c>{ "data": [{ type, id }, …] }</c> with 1 to 100 items, and detaching something
/// that is not attached is a 422 pointing at the offending item.
/// </summary>
internal static class Attachments
{
    /// <summary>The attach/detach body for resources of the given type spellings (<c>entitlement</c>, <c>entitlements</c>).</summary>
    public static RequestSchema Schema(params string[] typeSpellings) => new(
        Param.ArrayOf("data", Param.Object(string.Empty, RequestSchema.TypeOf(typeSpellings), Param.Uuid("id"))).LengthBetween(1, 100));

    /// <summary>The ids the body names, in request order (duplicates kept, as Keygen keeps them).</summary>
    public static IReadOnlyList<Guid> Ids(ApiRequest request, RequestSchema schema) =>
        ((JsonArray)request.Params(schema)["data"]!).Select(item => Guid.Parse(item!["id"]!.GetValue<string>())).ToList();

    /// <summary>
    /// The attached rows for <paramref name="ids"/>; the first id with nothing attached is Keygen's 422
    /// "cannot detach &lt;model&gt; '&lt;id&gt;' (&lt;model&gt; is not attached)" pointing at <c>/data/&lt;index&gt;</c>.
    /// </summary>
    public static IReadOnlyList<T> Detachable<T>(IReadOnlyList<Guid> ids, Func<Guid, T?> attached, string model)
        where T : class
    {
        var rows = ids.Distinct().Select(attached).OfType<T>().ToList();
        if (rows.Count == ids.Count)
        {
            return rows;
        }

        // Keygen compares counts, so a repeated id fails too; it then names no id and no index.
        var index = ids.ToList().FindIndex(id => attached(id) is null);
        var (id, pointer) = index < 0 ? (string.Empty, "/data/") : (ids[index].ToString(), $"/data/{index}");
        throw Errors.Unprocessable($"cannot detach {model} '{id}' ({model} is not attached)", ErrorSource.Pointer(pointer));
    }

    /// <summary>Keygen's 403 for an item attached another way (through the policy, or as the owner), which this endpoint cannot detach.</summary>
    public static void RejectAttachedThrough(IReadOnlyList<Guid> ids, Func<Guid, bool> attachedThrough, string model, string through)
    {
        var index = ids.ToList().FindIndex(id => attachedThrough(id));
        if (index >= 0)
        {
            throw Errors.ForbiddenAt($"cannot detach {model} '{ids[index]}' ({model} is attached through {through})", ErrorSource.Pointer($"/data/{index}"));
        }
    }
}
