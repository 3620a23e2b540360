using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:machine_process</c> factory: a process with a random pid on a new machine; <c>alive</c> and <c>dead</c> traits.</summary>
internal sealed class ProcessSeed : SeedFactory<MachineProcess>
{
    public override string Type => "processes";

    protected override Entity? EnvironmentParent(MachineProcess row) => row.Machine;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>
    {
        ["alive"] = Trait.Set("lastHeartbeatAt", b => b.Now),
        ["dead"] = Trait.Set("lastHeartbeatAt", b => b.Now.AddDays(-1)),
    };

    protected override ColumnSetters<MachineProcess> Columns { get; } = new("processes")
    {
        ["pid"] = (_, p, v) => p.Pid = v.RequiredString(),
        ["metadata"] = (_, p, v) => p.Metadata = v.Object() ?? new(),
        ["lastHeartbeatAt", "lastHeartbeat"] = (_, p, v) => p.LastHeartbeat = v.Time(),
        ["machine"] = (b, p, v) => Reattach.To(p, b.Context.Resolve<Machine>(v), r => r.Machine, (r, m) => r.Machine = m, m => m.Processes),
    };

    public override Entity Create(SeedBuild build)
    {
        var machine = build.Ref("machine", () => build.Dependency<Machine>("machine"));
        var process = new MachineProcess(SeedNames.Id(build), build.Now, machine, build.Take("pid")?.String() ?? SeedNames.Hex(12));
        Store(build, process);
        machine.Processes.Add(process);
        return process;
    }

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.Process(account, (MachineProcess)row);
        return true;
    }
}
