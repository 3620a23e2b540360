using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.JsonApi;

/// <summary>
/// Keygen's join resources (<c>policy-entitlements</c>, <c>license-users</c>, <c>group-owners</c>, …): no attributes
/// but <c>created</c> and <c>updated</c>, and a to-one relationship to each resource they join.
/// </summary>
internal static class JoinResources
{
    /// <param name="builder">The resource with its type, id and link (self or related).</param>
    /// <param name="join">The join row.</param>
    /// <param name="account">The account's id.</param>
    /// <param name="ends">The joined resources: relationship name, collection (also their type) and id.</param>
    public static JsonObject Render(ResourceBuilder builder, Entity join, Guid account, params (string Name, string Collection, Guid Id)[] ends)
    {
        builder
            .Attribute("created", JsonValues.Of(join.Created))
            .Attribute("updated", JsonValues.Of(join.Updated))
            .Account(account);
        foreach (var (name, collection, id) in ends)
        {
            builder.ToOne(name, collection, id, Links.Resource(account, collection, id));
        }

        return builder.Build();
    }
}
