using Microsoft.Extensions.Logging;

namespace Keygen;

/// <summary>
/// The client's log entries. Every URL passed in is redacted first; bodies and headers are never logged, because they
/// carry license keys, passwords and tokens.
/// </summary>
internal static partial class KeygenLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Keygen {Operation}: sending {Method} {Url} (attempt {Attempt})")]
    public static partial void Sending(ILogger logger, string operation, string method, string url, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Keygen {Operation}: {StatusCode} in {ElapsedMs:0} ms, request id {RequestId}")]
    public static partial void Received(ILogger logger, string operation, int statusCode, double elapsedMs, string? requestId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Keygen {Operation}: {Reason}; retrying in {DelayMs:0} ms (retry {Retry} of {MaxRetries})")]
    public static partial void Retrying(ILogger logger, string operation, string reason, double delayMs, int retry, int maxRetries);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Keygen {Operation}: failed: {Message}")]
    public static partial void Failed(ILogger logger, string operation, string message);
}
