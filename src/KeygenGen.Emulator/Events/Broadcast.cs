using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Events;

/// <summary>
/// Records a webhook event for each change, as Keygen's BroadcastWebhookService does: one <c>webhook-events</c>
/// row per subscribed endpoint (product-scoped endpoints only for their product's resources), whose payload is the
/// JSON text of the resource document rendered for webhooks (no token secrets). No endpoint, no event.
/// </summary>
internal static class Broadcast
{
    public static void Publish(ApiRequest request, string eventName, object resource, JsonObject? meta = null)
    {
        var endpoints = request.Account.Table<WebhookEndpoint>().All
            .Where(e => e.IsSubscribedTo(eventName) && Reaches(e, resource))
            .ToList();
        if (endpoints.Count == 0)
        {
            return;
        }

        var data = request.Renderers.Render(resource, request.RenderContext with { ForWebhook = true });
        var payload = JsonValues.Serialize(Documents.Single(data, meta));
        foreach (var endpoint in endpoints)
        {
            Record(request, endpoint, eventName, payload, Secrets.VersionedHex(32));
        }
    }

    /// <summary>Records an event; a retry passes the original's idempotency token.</summary>
    public static WebhookEvent Record(ApiRequest request, WebhookEndpoint endpoint, string eventName, string payload, string idempotencyToken)
    {
        var webhookEvent = new WebhookEvent(Guid.NewGuid(), request.Now, endpoint, eventName, payload, idempotencyToken);
        request.Account.Table<WebhookEvent>().Add(webhookEvent);
        return webhookEvent;
    }

    private static bool Reaches(WebhookEndpoint endpoint, object resource) =>
        endpoint.Product is null || (resource is IProductScoped scoped && scoped.Product == endpoint.Product);
}
