using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class Machine : Entity, IProductScoped, IHeartbeatMonitored, IGroupMember
{
    /// <summary>Keygen's default heartbeat window, used when the policy sets none.</summary>
    public const int DefaultHeartbeatSeconds = 600;

    public Machine(Guid id, DateTimeOffset created, License license, string fingerprint)
        : base(id, created)
    {
        License = license;
        Fingerprint = fingerprint;
    }

    /// <summary>Set on activation; seeding may move a machine to another license (keep both licenses' <see cref="License.Machines"/> in step).</summary>
    public License License { get; set; }

    public Policy Policy => License.Policy;

    public Product Product => License.Product;

    public string Fingerprint { get; set; }

    public string? Name { get; set; }

    public string? Ip { get; set; }

    public string? Hostname { get; set; }

    public string? Platform { get; set; }

    public int? Cores { get; set; }

    public long? Memory { get; set; }

    public long? Disk { get; set; }

    public User? Owner { get; set; }

    public Group? Group { get; set; }

    public DateTimeOffset? LastHeartbeat { get; set; }

    public DateTimeOffset? LastCheckOut { get; set; }

    /// <summary>The machine's processes, oldest first; maintained by process creation and deletion.</summary>
    public List<MachineProcess> Processes { get; } = new();

    /// <summary>The machine's components, oldest first.</summary>
    public List<MachineComponent> Components { get; } = new();

    public bool DeathAnnounced { get; set; }

    public string? StatusOverride { get; set; }

    public JsonObject Metadata { get; set; } = new();

    public int HeartbeatDuration => Policy.HeartbeatDuration ?? DefaultHeartbeatSeconds;

    public DateTimeOffset? NextHeartbeat => LastHeartbeat?.AddSeconds(HeartbeatDuration);

    public bool RequiresHeartbeat => Policy.RequireHeartbeat || LastHeartbeat is not null;

    /// <summary>The missed heartbeat's due time; a machine that must ping but never did dies one window after its creation.</summary>
    public DateTimeOffset? DiesAt => NextHeartbeat ?? (Policy.RequireHeartbeat ? Created.AddSeconds(HeartbeatDuration) : null);

    public bool IsDead(DateTimeOffset now) => HeartbeatStatus(now) == "DEAD";

    /// <summary>Keygen's <c>heartbeatStatus</c>: NOT_STARTED, ALIVE or DEAD (or RESURRECTED in the reviving ping's answer).</summary>
    public string HeartbeatStatus(DateTimeOffset now)
    {
        if (StatusOverride is { } status)
        {
            return status;
        }

        if (NextHeartbeat is not { } next)
        {
            return !RequiresHeartbeat || Created >= now.AddSeconds(-HeartbeatDuration) ? "NOT_STARTED" : "DEAD";
        }

        return next >= now ? "ALIVE" : "DEAD";
    }
}
