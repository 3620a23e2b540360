using System;

namespace Keygen.Webhooks;

/// <summary>Reads an event's payload, the JSON:API document of what the event is about (see <see cref="KeygenEventPayload"/>).</summary>
/// <typeparam name="TData">The typed payload.</typeparam>
/// <param name="type">The event type, for error messages.</param>
/// <param name="payload">The payload document as UTF-8 JSON.</param>
public delegate TData KeygenPayloadReader<out TData>(WebhookEventType type, ReadOnlySpan<byte> payload);
