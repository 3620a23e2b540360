using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class Machine : Entity, IProductScoped, IHeartbeat
{
    /// <summary>Keygen's default heartbeat window, used when the policy sets none.</summary>
    public const int DefaultHeartbeatSeconds = 600;

    public Machine(Guid id, DateTimeOffset created, License license, string fingerprint)
        : base(id, created)
    {
        License = license;
        Fingerprint = fingerprint;
    }

    public License License { get; }

    public Policy Policy => License.Policy;

    public Product Product => License.Product;

    public string Fingerprint { get; }

    public string? Name { get; set; }

    public string? Ip { get; set; }

    public string? Hostname { get; set; }

    public string? Platform { get; set; }

    public int? Cores { get; set; }

    public long? Memory { get; set; }

    public long? Disk { get; set; }

    public User? Owner { get; set; }

    public DateTimeOffset? LastHeartbeat { get; set; }

    public bool Resurrected { get; set; }

    public DateTimeOffset? LastCheckOut { get; set; }

    public JsonObject Metadata { get; set; } = new();

    /// <summary>The machine's processes, oldest first; maintained by process creation and deletion.</summary>
    public List<MachineProcess> Processes { get; } = new();

    public int HeartbeatDuration => Policy.HeartbeatDuration ?? DefaultHeartbeatSeconds;

    public DateTimeOffset? NextHeartbeat => LastHeartbeat?.AddSeconds(HeartbeatDuration);

    public bool RequiresHeartbeat => Policy.RequireHeartbeat || LastHeartbeat is not null;

    /// <summary>Keygen's <c>heartbeatStatus</c>: NOT_STARTED, ALIVE, DEAD, or RESURRECTED right after a reviving ping.</summary>
    public string HeartbeatStatus(DateTimeOffset now)
    {
        if (NextHeartbeat is not { } next)
        {
            return !RequiresHeartbeat || Created >= now.AddSeconds(-HeartbeatDuration) ? "NOT_STARTED" : "DEAD";
        }

        return next < now ? "DEAD" : Resurrected ? "RESURRECTED" : "ALIVE";
    }

    public DateTimeOffset? DiedAt(DateTimeOffset now) =>
        HeartbeatStatus(now) == "DEAD" ? NextHeartbeat ?? Created.AddSeconds(HeartbeatDuration) : null;
}
