using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A process of a machine: alive from its creation, for as long as its pings keep coming.</summary>
internal sealed class MachineProcess : Entity, IProductScoped, IHeartbeat
{
    public MachineProcess(Guid id, DateTimeOffset created, Machine machine, string pid)
        : base(id, created)
    {
        Machine = machine;
        Pid = pid;
        LastHeartbeat = created;
    }

    public Machine Machine { get; }

    public License License => Machine.License;

    public Policy Policy => Machine.Policy;

    public Product Product => Machine.Product;

    public string Pid { get; }

    public DateTimeOffset? LastHeartbeat { get; set; }

    public bool Resurrected { get; set; }

    public JsonObject Metadata { get; set; } = new();

    /// <summary>The heartbeat window in seconds: the policy's, else Keygen's default.</summary>
    public int Interval => Policy.HeartbeatDuration ?? Machine.DefaultHeartbeatSeconds;

    public DateTimeOffset NextHeartbeat => (LastHeartbeat ?? Created).AddSeconds(Interval);

    /// <summary>Keygen's <c>status</c>: ALIVE, DEAD, or RESURRECTED right after a reviving ping.</summary>
    public string Status(DateTimeOffset now) => NextHeartbeat < now ? "DEAD" : Resurrected ? "RESURRECTED" : "ALIVE";

    public DateTimeOffset? DiedAt(DateTimeOffset now) => Status(now) == "DEAD" ? NextHeartbeat : null;
}
