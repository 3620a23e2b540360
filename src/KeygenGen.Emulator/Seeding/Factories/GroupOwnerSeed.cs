using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:group_owner</c> factory: a new user owning a new group (both may be given).</summary>
internal sealed class GroupOwnerSeed : SeedFactory<GroupOwner>
{
    public override string Type => "group-owners";

    protected override ColumnSetters<GroupOwner> Columns { get; } = new("group-owners")
    {
        ["group"] = (b, o, v) =>
        {
            o.Group.Owners.Remove(o);
            o.Group = b.Context.Resolve<Group>(v) ?? o.Group;
            o.Group.Owners.Add(o);
        },
        ["user"] = (b, o, v) => o.User = b.Context.Resolve<User>(v) ?? o.User,
    };

    public override Entity Create(SeedBuild build)
    {
        var group = build.Ref("group", () => build.Dependency<Group>("group"));
        var user = build.Ref("user", () => build.Dependency<User>("user"));
        var owner = Store(build, new GroupOwner(SeedNames.Id(build), build.Now, group, user));
        group.Owners.Add(owner);
        return owner;
    }
}
