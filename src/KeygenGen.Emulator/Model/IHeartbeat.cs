using System;

namespace Keygen.Emulator.Model;

/// <summary>A resource kept alive by pings: a machine or a process.</summary>
internal interface IHeartbeat
{
    Policy Policy { get; }

    DateTimeOffset? LastHeartbeat { get; set; }

    /// <summary>True from the ping that revived it until the next one: Keygen's transient RESURRECTED status.</summary>
    bool Resurrected { get; set; }

    /// <summary>When its heartbeat window ran out, or null while it is alive (or, for a machine, not started).</summary>
    DateTimeOffset? DiedAt(DateTimeOffset now);
}
