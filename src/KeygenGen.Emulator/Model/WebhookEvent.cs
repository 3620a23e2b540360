using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>
/// One event addressed to one endpoint: <c>DELIVERING</c> when recorded; the <see cref="Events.Delivery.WebhookDeliverer"/>
/// updates its status and last response on each attempt (for loopback endpoints; the others stay <c>DELIVERING</c>).
/// </summary>
internal sealed class WebhookEvent : Entity
{
    public WebhookEvent(Guid id, DateTimeOffset created, WebhookEndpoint endpoint, string eventName, string payload, string idempotencyToken)
        : base(id, created)
    {
        Endpoint = endpoint;
        EndpointUrl = endpoint.Url;
        ApiVersion = endpoint.ApiVersion;
        Event = eventName;
        Payload = payload;
        IdempotencyToken = idempotencyToken;
    }

    public WebhookEndpoint Endpoint { get; }

    public string EndpointUrl { get; }

    public string ApiVersion { get; }

    public string Event { get; }

    /// <summary>The JSON text of the resource document, as Keygen sends it (a string, not a nested object).</summary>
    public string Payload { get; }

    public string Status { get; set; } = "DELIVERING";

    public int? LastResponseCode { get; set; }

    public string? LastResponseBody { get; set; }

    public string IdempotencyToken { get; }
}
