using System;
using System.Text;
using System.Text.Json;

namespace Keygen.Signatures;

/// <summary>
/// A delivered <c>webhook-events</c> resource. Its <c>payload</c> attribute is a JSON string holding the JSON:API
/// document of the resource the event is about; <see cref="Payload"/> is that document, parsed.
/// </summary>
public sealed class KeygenWebhookEvent
{
    private KeygenWebhookEvent(JsonElement document, JsonElement data, string eventType, byte[]? payloadJson)
    {
        Document = document;
        Id = data.StringAt("id") ?? string.Empty;
        EventType = eventType;
        Type = new WebhookEventType(eventType);
        Status = data.StringAt("attributes", "status");
        ApiVersion = data.StringAt("attributes", "apiVersion");
        IdempotencyToken = data.StringAt("meta", "idempotencyToken");
        PayloadJson = payloadJson;
        Payload = payloadJson is null ? null : JsonReading.ParseObject(payloadJson) ?? throw Malformed("data.attributes.payload is not a JSON document");
    }

    /// <summary>The webhook event id.</summary>
    public string Id { get; }

    /// <summary>The event name, e.g. <c>license.created</c>.</summary>
    public string EventType { get; }

    /// <summary>The event type; compare it with <c>WebhookEventType.LicenseCreated</c> and friends, or read the event typed with a <see cref="Keygen.Webhooks.KeygenEventKind{TData}"/>.</summary>
    public WebhookEventType Type { get; }

    /// <summary>The delivery status, e.g. <c>DELIVERING</c>.</summary>
    public string? Status { get; }

    /// <summary>The API version the payload was rendered in.</summary>
    public string? ApiVersion { get; }

    /// <summary>Stays the same across retries of one event: use it to process each event once.</summary>
    public string? IdempotencyToken { get; }

    /// <summary>The JSON:API document of the resource the event is about; null when the event carries none.</summary>
    public JsonElement? Payload { get; }

    /// <summary>The whole event document as delivered.</summary>
    public JsonElement Document { get; }

    /// <summary>The payload document as UTF-8 JSON (the <c>payload</c> attribute's text), for typed readers.</summary>
    internal byte[]? PayloadJson { get; }

    /// <summary>Parses a webhook body. It does not verify it: use <see cref="KeygenWebhookVerifier"/> for deliveries.</summary>
    /// <param name="body">The raw request body.</param>
    /// <exception cref="KeygenSignatureException">The body is not a webhook event document (<see cref="VerificationFailureReason.MalformedInput"/>).</exception>
    public static KeygenWebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        var document = JsonReading.ParseObject(body) ?? throw Malformed("the body is not a JSON object");
        var data = document.At("data");
        if (data is null || data.Value.StringAt("type") != "webhook-events")
        {
            throw Malformed("data.type is not \"webhook-events\"");
        }

        var eventType = data.Value.StringAt("attributes", "event") ?? throw Malformed("data.attributes.event is missing");
        return new KeygenWebhookEvent(document, data.Value, eventType, PayloadText(data.Value));
    }

    private static byte[]? PayloadText(JsonElement data) => data.At("attributes", "payload")?.ValueKind switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => data.StringAt("attributes", "payload") switch
        {
            // Text that has no UTF-16 form (invalid UTF-8, a lone surrogate) reads as null: it is no document either.
            null => throw Malformed("data.attributes.payload is not text"),
            { Length: 0 } => null,
            var text => Encoding.UTF8.GetBytes(text),
        },
        _ => throw Malformed("data.attributes.payload is not a JSON string"),
    };

    private static KeygenSignatureException Malformed(string why) =>
        new(VerificationFailureReason.MalformedInput, $"Not a Keygen webhook event: {why}.");
}
