using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
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
    /// Keygen's <c>create!</c> of one join row per id, in request order, all or nothing: the first id naming nothing
    /// (<c>&lt;RELATIONSHIP&gt;_NOT_FOUND</c> "must exist") or something already attached (<c>_TAKEN</c> "already
    /// exists"), or failing <paramref name="more"/>, ends the request with a 422 and nothing attached.
    /// </summary>
    /// <param name="ids">The ids from the body.</param>
    /// <param name="find">Finds the target of an id in the account.</param>
    /// <param name="attached">Whether the target is attached already, given the rows this request has made so far.</param>
    /// <param name="join">Makes the join row for a target.</param>
    /// <param name="errors">A fresh collector with the join model's topic and name.</param>
    /// <param name="relationship">The join row's relationship to the target, e.g. <c>entitlement</c>.</param>
    /// <param name="more">Further validations of one target.</param>
    public static List<TJoin> Join<TTarget, TJoin>(
        IReadOnlyList<Guid> ids,
        Func<Guid, TTarget?> find,
        Func<TTarget, IReadOnlyList<TJoin>, bool> attached,
        Func<TTarget, TJoin> join,
        Func<ValidationErrors> errors,
        string relationship,
        Action<TTarget, IReadOnlyList<TJoin>, ValidationErrors>? more = null)
        where TTarget : class
    {
        var created = new List<TJoin>();
        foreach (var id in ids)
        {
            var problems = errors();
            var target = find(id);
            if (target is null)
            {
                problems.Relationship(relationship, "NOT_FOUND", "must exist");
            }
            else
            {
                if (attached(target, created))
                {
                    problems.Relationship(relationship, "TAKEN", "already exists");
                }

                more?.Invoke(target, created, problems);
            }

            problems.ThrowIfAny();
            created.Add(join(target!));
        }

        return created;
    }

    /// <summary>
    /// The attached rows for <paramref name="ids"/>; the first id with nothing attached is a 422 with
    /// <paramref name="notAttached"/>'s detail for it, pointing at <c>/data/&lt;index&gt;</c>.
    /// </summary>
    public static IReadOnlyList<T> Detachable<T>(IReadOnlyList<Guid> ids, Func<Guid, T?> attached, Func<string, string> notAttached)
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
        throw Errors.Unprocessable(notAttached(id), ErrorSource.Pointer(pointer));
    }

    /// <summary>The usual "cannot detach &lt;model&gt; '&lt;id&gt;' (&lt;model&gt; is not attached)".</summary>
    public static Func<string, string> NotAttached(string model) => id => $"cannot detach {model} '{id}' ({model} is not attached)";

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
