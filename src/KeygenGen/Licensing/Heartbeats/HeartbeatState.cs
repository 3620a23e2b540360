namespace Keygen.Licensing;

/// <summary>Where a <see cref="KeygenHeartbeat"/> stands.</summary>
public enum HeartbeatState
{
    /// <summary>The last ping succeeded.</summary>
    Alive,

    /// <summary>The last ping failed (Keygen unreachable, a server error, …); it is retried sooner than usual.</summary>
    Failing,

    /// <summary>Keygen declared the machine or process dead (<c>*_HEARTBEAT_DEAD</c>) or it no longer exists; pinging has ended.</summary>
    Dead,

    /// <summary>The heartbeat was stopped or its token cancelled.</summary>
    Stopped,
}
