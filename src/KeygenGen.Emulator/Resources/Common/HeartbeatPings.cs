using System;
using System.Globalization;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// A heartbeat ping, for machines and processes alike: an alive (or not yet started) one is pinged; a dead one is
/// revived only as the policy's resurrection strategy allows (within N minutes of dying, or always), otherwise
/// Keygen answers 422 "is dead" with <c>MACHINE_HEARTBEAT_DEAD</c> or <c>PROCESS_HEARTBEAT_DEAD</c>.
/// </summary>
internal static class HeartbeatPings
{
    /// <summary>Records the ping; returns the event to announce, <c>&lt;prefix&gt;.heartbeat.ping</c> or <c>.resurrected</c>.</summary>
    public static string Ping(IHeartbeat subject, DateTimeOffset now, string eventPrefix, string deadCode)
    {
        var revived = false;
        if (subject.DiedAt(now) is { } died)
        {
            if (ResurrectionWindow(subject.Policy) is not { } window || now - died > window)
            {
                throw Errors.Unprocessable("is dead", code: deadCode);
            }

            revived = true;
        }

        subject.LastHeartbeat = now;
        subject.Resurrected = revived;
        return eventPrefix + (revived ? ".heartbeat.resurrected" : ".heartbeat.ping");
    }

    /// <summary>How long after dying a ping may still revive; null when never (NO_REVIVE).</summary>
    private static TimeSpan? ResurrectionWindow(Policy policy) => policy.HeartbeatResurrectionStrategy switch
    {
        "NO_REVIVE" => null,
        "ALWAYS_REVIVE" => TimeSpan.MaxValue,
        var minutes => TimeSpan.FromMinutes(int.Parse(minutes[..minutes.IndexOf('_')], CultureInfo.InvariantCulture)),
    };
}
