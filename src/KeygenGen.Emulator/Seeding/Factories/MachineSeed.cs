using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:machine</c> factory: a machine with a random fingerprint on a new license, joining its license's group
/// (else its owner's), with a first heartbeat when its policy starts heartbeats at creation. Traits: <c>with_owner</c>,
/// <c>alive</c>, <c>idle</c>, <c>dead</c>.
/// </summary>
internal sealed class MachineSeed : SeedFactory<Machine>
{
    public override string Type => "machines";

    protected override Entity? EnvironmentParent(Machine row) => row.License;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>
    {
        ["with_owner"] = Trait.Set("owner", b => b.Dependency<User>("user"))
            .And("license", b => b.Context.Create("license", [], With("owner", b.Ref<User>("owner")), EnvironmentChoice.Of(b.Environment))),
        ["owned"] = Trait.Alias("with_owner"),
        ["without_owner"] = Trait.Set("owner", _ => null),
        ["alive"] = Trait.Set("lastHeartbeatAt", b => b.Now),
        ["idle"] = Trait.Set("lastHeartbeatAt", _ => null),
        ["dead"] = Trait.Set("lastHeartbeatAt", b => b.Now.AddDays(-1)),
    };

    protected override ColumnSetters<Machine> Columns { get; } = new("machines")
    {
        ["fingerprint"] = (_, m, v) => m.Fingerprint = v.RequiredString(),
        ["name"] = (_, m, v) => m.Name = v.String(),
        ["ip"] = (_, m, v) => m.Ip = v.String(),
        ["hostname"] = (_, m, v) => m.Hostname = v.String(),
        ["platform"] = (_, m, v) => m.Platform = v.String(),
        ["cores"] = (_, m, v) => m.Cores = v.Int(),
        ["memory"] = (_, m, v) => m.Memory = v.Long(),
        ["disk"] = (_, m, v) => m.Disk = v.Long(),
        ["metadata"] = (_, m, v) => m.Metadata = v.Object() ?? new(),
        ["lastHeartbeatAt", "lastHeartbeat"] = (_, m, v) => m.LastHeartbeat = v.Time(),
        ["lastCheckOutAt", "lastCheckOut"] = (_, m, v) => m.LastCheckOut = v.Time(),
        ["owner", "user"] = (b, m, v) => m.Owner = b.Context.Resolve<User>(v),
        ["group"] = (b, m, v) => m.Group = b.Context.Resolve<Group>(v),
        ["license"] = (b, m, v) => Reattach.To(m, b.Context.Resolve<License>(v), r => r.License, (r, l) => r.License = l, l => l.Machines),
    };

    public override Entity Create(SeedBuild build)
    {
        var license = build.Ref("license", () => build.Dependency<License>("license"));
        var fingerprint = build.Take("fingerprint")?.String() ?? string.Join(':', SeedNames.Hex(12).ToUpperInvariant().Chunk(2).Select(c => new string(c)));
        var machine = new Machine(SeedNames.Id(build), build.Now, license, fingerprint)
        {
            Name = SeedNames.Named("Machine"),
            Owner = build.Ref<User>("owner") ?? build.Ref<User>("user"),
        };
        Store(build, machine, created =>
        {
            created.Group ??= created.License.Group ?? created.Owner?.Group;
            if (created.Policy.HeartbeatBasis == "FROM_CREATION")
            {
                created.LastHeartbeat ??= build.Now;
            }
        });
        machine.License.Machines.Add(machine);
        return machine;
    }

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.Machine(account, (Machine)row);
        return true;
    }

    /// <summary>Values holding one attribute, for a dependency built with it.</summary>
    internal static SeedValues With(string name, object? value)
    {
        var values = new SeedValues();
        values.Set(name, value);
        return values;
    }
}
