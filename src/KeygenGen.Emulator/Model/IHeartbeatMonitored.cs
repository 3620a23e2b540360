using System;

namespace Keygen.Emulator.Model;

/// <summary>
/// A machine or a process: something that pings, dies when a heartbeat is missed, may be revived by a ping
/// (per its policy's resurrection strategy) and is deleted some time after dying (per its cull strategy).
/// </summary>
internal interface IHeartbeatMonitored
{
    Policy Policy { get; }

    DateTimeOffset? LastHeartbeat { get; set; }

    DateTimeOffset? NextHeartbeat { get; }

    /// <summary>True once the <c>*.heartbeat.dead</c> event of the current death was sent (Keygen's <c>last_death_event_sent_at</c>).</summary>
    bool DeathAnnounced { get; set; }

    /// <summary>When it died or will die if no heartbeat comes; null when it is not monitored at all.</summary>
    DateTimeOffset? DiesAt { get; }

    /// <summary>A status shown only in the response (and event) of the ping that revived it: RESURRECTED.</summary>
    string? StatusOverride { get; set; }

    bool IsDead(DateTimeOffset now);
}
