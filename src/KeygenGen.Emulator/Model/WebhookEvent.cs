using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>
/// One event addressed to one endpoint: <c>DELIVERING</c> when recorded; the <see cref="Events.Delivery.WebhookDeliverer"/>
/// updates its status and last response on each attempt (for loopback endpoints; the others stay <c>DELIVERING</c>).
/// </summary>
internal sealed class WebhookEvent : Entity
{
    public WebhookEvent(Guid id, DateTimeOffset created, WebhookEndpoint? endpoint, string endpointUrl, string apiVersion, string eventName, string payload, string idempotencyToken)
        : base(id, created)
    {
        Endpoint = endpoint;
        EndpointUrl = endpointUrl;
        ApiVersion = apiVersion;
        Event = eventName;
        Payload = payload;
        IdempotencyToken = idempotencyToken;
    }

    /// <summary>
    /// The endpoint it was sent to; none when that endpoint was never stored (Keygen's <c>belongs_to :webhook_endpoint,
    /// optional: true</c>): a retry then looks an endpoint up by <see cref="EndpointUrl"/>.
    /// </summary>
    public WebhookEndpoint? Endpoint { get; }

    /// <summary>The URL the event was addressed to (Keygen's <c>endpoint</c> column), kept when the endpoint changes or goes.</summary>
    public string EndpointUrl { get; set; }

    public string ApiVersion { get; }

    public string Event { get; }

    /// <summary>The JSON text of the resource document, as Keygen sends it (a string, not a nested object).</summary>
    public string Payload { get; }

    public string Status { get; set; } = "DELIVERING";

    public int? LastResponseCode { get; set; }

    public string? LastResponseBody { get; set; }

    public string IdempotencyToken { get; }
}
