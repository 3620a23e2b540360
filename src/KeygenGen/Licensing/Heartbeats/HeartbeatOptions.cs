using System;
using System.Collections.Generic;

namespace Keygen.Licensing;

/// <summary>How often a <see cref="KeygenHeartbeat"/> pings. The defaults follow the window Keygen enforces for the machine or process.</summary>
public sealed class HeartbeatOptions
{
    /// <summary>The time between successful pings; default half the heartbeat window (e.g. 5 minutes of Keygen's default 10), so one lost ping is survived.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>The time before retrying a failed ping; default a quarter of the interval, at most 30 seconds.</summary>
    public TimeSpan? RetryInterval { get; set; }

    /// <summary>
    /// How much earlier than scheduled a ping may go, picked at random each time, so that many machines started together
    /// do not ping together; default a tenth of the interval. Never more than half of it.
    /// </summary>
    public TimeSpan? Jitter { get; set; }

    /// <summary>The problems with these options for a heartbeat <paramref name="window"/>; empty when they are usable.</summary>
    internal IEnumerable<string> Problems(TimeSpan window)
    {
        if (Interval is { } interval && (interval <= TimeSpan.Zero || interval >= window))
        {
            yield return $"HeartbeatOptions.Interval must be positive and shorter than the heartbeat window Keygen enforces ({window.TotalSeconds:F0} s).";
        }

        if (RetryInterval is { } retry && retry <= TimeSpan.Zero)
        {
            yield return "HeartbeatOptions.RetryInterval must be positive.";
        }

        if (Jitter is { } jitter && jitter < TimeSpan.Zero)
        {
            yield return "HeartbeatOptions.Jitter must not be negative.";
        }
    }

    /// <summary>The wait before the next ping, after <paramref name="failures"/> failed pings in a row.</summary>
    internal TimeSpan NextDelay(TimeSpan window, int failures)
    {
        // Tick arithmetic: TimeSpan's * and / operators are missing on .NET Framework.
        var interval = Interval ?? TimeSpan.FromTicks(window.Ticks / 2);
        var basis = failures == 0 ? interval : RetryInterval ?? TimeSpan.FromTicks(Math.Min(interval.Ticks / 4, TimeSpan.FromSeconds(30).Ticks));
        var jitter = TimeSpan.FromTicks(Math.Min((Jitter ?? TimeSpan.FromTicks(interval.Ticks / 10)).Ticks, basis.Ticks / 2));
        return basis - TimeSpan.FromTicks((long)(jitter.Ticks * Random.Shared.NextDouble()));
    }
}
