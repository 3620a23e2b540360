using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Components;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:machine_component</c> factory: a hardware component (HWID, HDDID, SSD, …) of a new machine.</summary>
internal sealed class ComponentSeed : SeedFactory<MachineComponent>
{
    private static readonly string[] Names = ["HWID", "HDDID", "SSD", "CPU", "MOBO", "IP", "MAC"];

    public override string Type => "components";

    protected override Entity? EnvironmentParent(MachineComponent row) => row.Machine;

    protected override ColumnSetters<MachineComponent> Columns { get; } = new("components")
    {
        ["name"] = (_, c, v) => c.Name = v.RequiredString(),
        ["fingerprint"] = (_, c, v) => c.Fingerprint = v.RequiredString(),
        ["metadata"] = (_, c, v) => c.Metadata = v.Object() ?? new(),
        ["machine"] = (b, c, v) => Reattach.To(c, b.Context.Resolve<Machine>(v), r => r.Machine, (r, m) => r.Machine = m, m => m.Components),
    };

    public override Entity Create(SeedBuild build)
    {
        var machine = build.Ref("machine", () => build.Dependency<Machine>("machine"));
        var component = new MachineComponent(
            SeedNames.Id(build),
            build.Now,
            machine,
            build.Take("fingerprint")?.String() ?? SeedNames.Hex(16),
            build.Take("name")?.String() ?? Names[machine.Components.Count % Names.Length]);
        Store(build, component);
        machine.Components.Add(component);
        return component;
    }

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.Component(account, (MachineComponent)row);
        return true;
    }
}
