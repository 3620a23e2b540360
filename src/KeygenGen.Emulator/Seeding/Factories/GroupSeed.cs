using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:group</c> factory: a named group without limits.</summary>
internal sealed class GroupSeed : SeedFactory<Group>
{
    public override string Type => "groups";

    protected override ColumnSetters<Group> Columns { get; } = new("groups")
    {
        ["name"] = (_, g, v) => g.Name = v.RequiredString(),
        ["maxUsers"] = (_, g, v) => g.MaxUsers = v.Int(),
        ["maxLicenses"] = (_, g, v) => g.MaxLicenses = v.Int(),
        ["maxMachines"] = (_, g, v) => g.MaxMachines = v.Int(),
        ["metadata"] = (_, g, v) => g.Metadata = v.Object() ?? new(),
    };

    public override Entity Create(SeedBuild build) =>
        Store(build, new Group(SeedNames.Id(build), build.Now, build.Take("name")?.String() ?? SeedNames.Named("Group")));

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.Group(account, (Group)row);
        return true;
    }
}
