using System;
using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Group membership of users, licenses and machines: the <c>group</c> relationship they accept (a group that does
/// not exist is <c>GROUP_NOT_FOUND</c> "must exist") and the group's limit for their kind, checked whenever one joins
/// (<c>GROUP_LICENSE_LIMIT_EXCEEDED</c>, <c>GROUP_MACHINE_LIMIT_EXCEEDED</c>, <c>GROUP_USER_LIMIT_EXCEEDED</c>).
/// </summary>
internal static class GroupMembership
{
    /// <summary>The group named by <c>relationships.group</c> of a create; null when absent or null.</summary>
    public static Group? Linked(AccountState account, Fields data, string topic, string model) =>
        data.LinkageId("group") is { } id ? Find(account, id, topic, model) : null;

    /// <summary>The group with <paramref name="id"/>, or the 422 GROUP_NOT_FOUND of a <paramref name="model"/>.</summary>
    public static Group Find(AccountState account, Guid id, string topic, string model) =>
        account.Table<Group>().Find(id) ?? throw ValidationErrors.MissingRelationship(topic, model, "group");

    /// <summary>Ends the request with a 422 when <paramref name="group"/> already holds its maximum of <typeparamref name="T"/>s.</summary>
    public static void CheckJoin<T>(AccountState account, Group? group, T? joining = null)
        where T : Entity, IGroupMember
    {
        if (group is null)
        {
            return;
        }

        var (limit, kind, topic) = typeof(T) == typeof(License) ? (group.MaxLicenses, "license", "licenses")
            : typeof(T) == typeof(Machine) ? (group.MaxMachines, "machine", "machines")
            : (group.MaxUsers, "user", "users");
        if (limit is { } max && account.Table<T>().All.Count(m => m.Group == group && m != joining) >= max)
        {
            throw ValidationErrors.RelationshipError(topic, kind, "group", kind.ToUpperInvariant() + "_LIMIT_EXCEEDED", $"{kind} count has exceeded maximum allowed by current group ({max})");
        }
    }
}
