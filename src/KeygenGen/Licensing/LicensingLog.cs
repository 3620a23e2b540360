using Microsoft.Extensions.Logging;

namespace Keygen.Licensing;

/// <summary>The licensing façade's log entries, on the client's logger. Messages hold no secrets: Keygen's exception messages are redacted.</summary>
internal static partial class LicensingLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Keygen {Kind} heartbeat {Id}: ping failed ({Failures} in a row): {Message}")]
    public static partial void PingFailed(ILogger logger, HeartbeatKind kind, string id, int failures, string message);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "Keygen {Kind} heartbeat {Id}: dead, pinging stopped: {Message}")]
    public static partial void Died(ILogger logger, HeartbeatKind kind, string id, string message);

    [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "Keygen {Kind} heartbeat {Id}: a {Event} event handler threw; the heartbeat goes on")]
    public static partial void HandlerFailed(ILogger logger, System.Exception exception, HeartbeatKind kind, string id, string @event);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "Keygen {Kind} heartbeat {Id}: releasing the process failed: {Message}")]
    public static partial void ReleaseFailed(ILogger logger, HeartbeatKind kind, string id, string message);

    [LoggerMessage(EventId = 24, Level = LogLevel.Information, Message = "Keygen could not be reached ({Message}); validating from the offline file")]
    public static partial void FallingBack(ILogger logger, string message);

    [LoggerMessage(EventId = 25, Level = LogLevel.Warning, Message = "Keygen: checking out a fresh offline file failed; the stored one stays: {Message}")]
    public static partial void RefreshFailed(ILogger logger, string message);
}
