using System;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Heartbeats;

/// <summary>
/// Pings of machines and processes, as Keygen's heartbeat controllers and models do them: a live one is pinged;
/// a dead one is revived when its policy's resurrection strategy allows it and its revival window is still open
/// (the answer then says RESURRECTED), else the ping is a 422 <c>MACHINE_HEARTBEAT_DEAD</c>/<c>PROCESS_HEARTBEAT_DEAD</c>.
/// </summary>
internal static class HeartbeatRules
{
    /// <summary>
    /// Keygen culls the dead with a job that runs every 2 minutes; the emulator acts as if that job ran exactly
    /// 2 minutes after each death (the latest Keygen would), so HEARTBEAT_DEAD stays observable until then.
    /// </summary>
    public static readonly TimeSpan CullerDelay = TimeSpan.FromMinutes(2);

    /// <summary>Pings (or revives) <paramref name="subject"/>; <paramref name="kind"/> (<c>machine</c>, <c>process</c>) prefixes the events and the error code.</summary>
    public static ApiResult Ping<T>(ApiRequest request, T subject, string kind)
        where T : Entity, IHeartbeatMonitored
    {
        var now = request.Now;
        var eventName = kind + ".heartbeat.ping";
        if (subject.IsDead(now))
        {
            if (!subject.Policy.ResurrectsDead || ResurrectionPeriodPassed(subject, now))
            {
                throw Errors.Unprocessable("is dead", code: kind.ToUpperInvariant() + "_HEARTBEAT_DEAD");
            }

            subject.DeathAnnounced = false;
            subject.StatusOverride = "RESURRECTED";
            eventName = kind + ".heartbeat.resurrected";
        }

        subject.LastHeartbeat = now;
        subject.Updated = now;
        try
        {
            Broadcast.Publish(request, eventName, subject);
            return Listing.One(request, subject);
        }
        finally
        {
            subject.StatusOverride = null;
        }
    }

    /// <summary>Keygen's <c>resurrection_period_passed?</c>: never with ALWAYS_REVIVE; otherwise once the revival window after the missed heartbeat is over.</summary>
    public static bool ResurrectionPeriodPassed(IHeartbeatMonitored subject, DateTimeOffset now)
    {
        var policy = subject.Policy;
        if (policy.AlwaysResurrectsDead)
        {
            return false;
        }

        return !policy.ResurrectsDead || subject.NextHeartbeat is not { } next || now > next + policy.LazarusTtl;
    }

    /// <summary>
    /// What Keygen's heartbeat worker does with one dead machine or process, once the culler has seen it: announce
    /// the death (once per death), then delete it unless its policy keeps the dead or may still revive it.
    /// </summary>
    public static void Cull(ApiRequest request, IHeartbeatMonitored subject, string kind, Action delete)
    {
        var now = request.Now;
        if (subject.DiesAt is not { } diesAt || now < diesAt + CullerDelay || !subject.IsDead(now))
        {
            return;
        }

        if (!subject.DeathAnnounced)
        {
            subject.DeathAnnounced = true;
            Broadcast.Publish(request, kind + ".heartbeat.dead", subject);
        }

        var policy = subject.Policy;
        var mayRevive = policy.ResurrectsDead && !ResurrectionPeriodPassed(subject, now);
        if (policy.DeactivatesDead && !mayRevive)
        {
            delete();
        }
    }
}
