using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:group_owner</c> factory: a new user owning a new group (both may be given).</summary>
internal sealed class GroupOwnerSeed : SeedFactory<GroupOwner>
{
    public override string Type => "group-owners";

    protected override Entity? EnvironmentParent(GroupOwner row) => row.Group;

    protected override ColumnSetters<GroupOwner> Columns { get; } = new("group-owners")
    {
        ["group"] = (b, o, v) => Reattach.To(o, b.Context.Resolve<Group>(v), r => r.Group, (r, g) => r.Group = g, g => g.Owners),
        ["user"] = (b, o, v) => o.User = b.Context.Resolve<User>(v) ?? o.User,
    };

    protected override bool Tabled => false;

    public override IEnumerable<Entity> Rows(AccountState account) => account.Table<Group>().Everywhere.SelectMany(g => g.Owners);

    public override bool Remove(AccountState account, Entity row) => ((GroupOwner)row).Group.Owners.Remove((GroupOwner)row);

    public override Entity Create(SeedBuild build)
    {
        var group = build.Ref("group", () => build.Dependency<Group>("group"));
        var user = build.Ref("user", () => build.Dependency<User>("user"));
        var owner = Store(build, new GroupOwner(SeedNames.Id(build), build.Now, group, user));
        group.Owners.Add(owner);
        return owner;
    }
}
