using System;

namespace Keygen.Licensing;

/// <summary>A heartbeat ping that succeeded.</summary>
public class HeartbeatEventArgs : EventArgs
{
    internal HeartbeatEventArgs(DateTimeOffset time)
    {
        Time = time;
    }

    /// <summary>When it happened, by the heartbeat's clock.</summary>
    public DateTimeOffset Time { get; }
}

/// <summary>A heartbeat ping that failed, or the answer that Keygen declared the machine or process dead.</summary>
public sealed class HeartbeatFailedEventArgs : HeartbeatEventArgs
{
    internal HeartbeatFailedEventArgs(DateTimeOffset time, Exception error, int consecutiveFailures)
        : base(time)
    {
        Error = error;
        ConsecutiveFailures = consecutiveFailures;
    }

    /// <summary>What went wrong: usually a <see cref="KeygenException"/> (for a death, a <see cref="KeygenApiException"/> with code <c>*_HEARTBEAT_DEAD</c> or status 404).</summary>
    public Exception Error { get; }

    /// <summary>How many pings in a row have failed, this one included.</summary>
    public int ConsecutiveFailures { get; }
}
