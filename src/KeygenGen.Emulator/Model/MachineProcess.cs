using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A process running on a machine (the <c>processes</c> resource): alive while it pings within its machine's heartbeat window.</summary>
internal sealed class MachineProcess : Entity, IMachinePart, IHeartbeatMonitored
{
    public MachineProcess(Guid id, DateTimeOffset created, Machine machine, string pid)
        : base(id, created)
    {
        Machine = machine;
        Pid = pid;
        LastHeartbeat = created;
    }

    public Machine Machine { get; set; }

    public License License => Machine.License;

    public Policy Policy => Machine.Policy;

    public Product Product => Machine.Product;

    public string Pid { get; set; }

    public JsonObject Metadata { get; set; } = new();

    /// <summary>Set on creation and by each ping; never null for a process.</summary>
    public DateTimeOffset? LastHeartbeat { get; set; }

    public bool DeathAnnounced { get; set; }

    public string? StatusOverride { get; set; }

    /// <summary>The heartbeat window in seconds: the machine's (its policy's, or 600).</summary>
    public int Interval => Machine.HeartbeatDuration;

    public DateTimeOffset? NextHeartbeat => LastHeartbeat?.AddSeconds(Interval);

    public DateTimeOffset? DiesAt => NextHeartbeat;

    /// <summary>Keygen's process <c>status</c>: ALIVE or DEAD (or RESURRECTED in the reviving ping's answer).</summary>
    public string Status(DateTimeOffset now) => StatusOverride ?? (NextHeartbeat >= now ? "ALIVE" : "DEAD");

    public bool IsDead(DateTimeOffset now) => Status(now) == "DEAD";
}
