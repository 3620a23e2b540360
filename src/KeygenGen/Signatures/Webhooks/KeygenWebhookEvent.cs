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
    private KeygenWebhookEvent(JsonElement document, JsonElement data, string eventType, JsonElement? payload)
    {
        Document = document;
        Id = data.StringAt("id") ?? string.Empty;
        EventType = eventType;
        Status = data.StringAt("attributes", "status");
        ApiVersion = data.StringAt("attributes", "apiVersion");
        IdempotencyToken = data.StringAt("meta", "idempotencyToken");
        Payload = payload;
    }

    /// <summary>The webhook event id.</summary>
    public string Id { get; }

    /// <summary>The event name, e.g. <c>license.created</c>.</summary>
    public string EventType { get; }

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
        return new KeygenWebhookEvent(document, data.Value, eventType, ParsePayload(data.Value));
    }

    private static JsonElement? ParsePayload(JsonElement data) => data.At("attributes", "payload")?.ValueKind switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => data.StringAt("attributes", "payload") switch
        {
            // Text that has no UTF-16 form (invalid UTF-8, a lone surrogate) reads as null: it is no document either.
            null => throw Malformed("data.attributes.payload is not text"),
            { Length: 0 } => null,
            var text => JsonReading.ParseObject(Encoding.UTF8.GetBytes(text)) ?? throw Malformed("data.attributes.payload is not a JSON document"),
        },
        _ => throw Malformed("data.attributes.payload is not a JSON string"),
    };

    private static KeygenSignatureException Malformed(string why) =>
        new(VerificationFailureReason.MalformedInput, $"Not a Keygen webhook event: {why}.");
}
