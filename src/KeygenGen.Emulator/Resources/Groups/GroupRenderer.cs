using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Groups;

/// <summary>Groups and their <c>group-owners</c> join resources.</summary>
internal static class GroupRenderer
{
    public static JsonObject Render(Group group, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "groups", group.Id);
        return new ResourceBuilder("groups", group.Id, self)
            .Attribute("name", group.Name)
            .Attribute("maxUsers", JsonValues.Of(group.MaxUsers))
            .Attribute("maxLicenses", JsonValues.Of(group.MaxLicenses))
            .Attribute("maxMachines", JsonValues.Of(group.MaxMachines))
            .Attribute("metadata", group.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(group.Created))
            .Attribute("updated", JsonValues.Of(group.Updated))
            .Account(account)
            .ToMany("owners", self + "/owners")
            .ToMany("users", self + "/users")
            .ToMany("licenses", self + "/licenses")
            .ToMany("machines", self + "/machines")
            .Build();
    }

    public static JsonObject RenderOwner(GroupOwner owner, RenderContext context)
    {
        var account = context.AccountId;
        var group = owner.Group.Id;
        var self = Links.Related(account, "groups", group, "owners") + "/" + owner.Id;
        return JoinResources.Render(new ResourceBuilder("group-owners", owner.Id, self), owner, account, ("group", "groups", group), ("user", "users", owner.User.Id));
    }
}
