using System;
using Keygen.Signatures;
using Microsoft.Extensions.Logging;

namespace Keygen.AspNetCore.Dispatch;

/// <summary>The endpoint's log entries. They name events by id and type; payloads (license keys, emails) are never logged.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Keygen webhook refused ({Reason}): {Message}")]
    public static partial void Refused(ILogger logger, VerificationFailureReason reason, string message);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Keygen webhook refused: the body is larger than {Limit} bytes")]
    public static partial void TooLarge(ILogger logger, long limit);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Keygen webhook {Type} {Id}: a duplicate of an event handled already")]
    public static partial void Duplicate(ILogger logger, WebhookEventType type, string id);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Keygen webhook {Type} {Id}: another delivery of the event is being handled")]
    public static partial void InProgress(ILogger logger, WebhookEventType type, string id);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Keygen webhook {Type} {Id}: no handler; acknowledged")]
    public static partial void Ignored(ILogger logger, WebhookEventType type, string id);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Keygen webhook {Type} {Id}: the payload could not be read; answered 500 so that Keygen retries")]
    public static partial void Unreadable(ILogger logger, Exception exception, WebhookEventType type, string id);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "Keygen webhook {Type} {Id}: the handler failed; answered 500 so that Keygen retries")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, WebhookEventType type, string id);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Keygen webhook {Type} {Id}: handled")]
    public static partial void Handled(ILogger logger, WebhookEventType type, string id);
}
