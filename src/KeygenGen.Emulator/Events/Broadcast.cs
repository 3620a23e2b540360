using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Logs;

namespace Keygen.Emulator.Events;

/// <summary>
/// Logs each change (<see cref="EventLogRecorder"/>) and records a webhook event for it, as Keygen's
/// BroadcastWebhookService does: one <c>webhook-events</c> row per subscribed endpoint (product-scoped endpoints only for their product's resources), whose payload is the
/// JSON text of the resource document rendered for webhooks (no token secrets). No endpoint, no event. Each recorded event
/// is handed to the <see cref="Delivery.WebhookDeliverer"/>, which sends those addressed to loopback endpoints. Then the
/// event's notifications run (<see cref="ExpiryStarts"/>), as Keygen's event-notification job does after the response.
/// </summary>
internal static class Broadcast
{
    public static void Publish(ApiRequest request, string eventName, object resource, JsonObject? meta = null)
    {
        EventLogRecorder.Record(request, eventName, resource, meta);
        Send(request, eventName, [resource], context => Documents.Single(request.Renderers.Render(resource, context), meta));
        ExpiryStarts.Notify(request, eventName, resource);
    }

    /// <summary>
    /// One event about several resources at once (attached or detached join rows): one webhook event whose payload lists
    /// them all, and one event log about <paramref name="about"/>, the resource the route acts on (Keygen's
    /// <c>Current.resource</c>).
    /// </summary>
    public static void PublishAll(ApiRequest request, string eventName, object about, IReadOnlyList<object> resources)
    {
        EventLogRecorder.Record(request, eventName, about, null);
        Send(request, eventName, resources, context => Documents.List(resources.Select(r => request.Renderers.Render(r, context)), null));
    }

    private static void Send(ApiRequest request, string eventName, IReadOnlyList<object> resources, Func<RenderContext, JsonObject> document)
    {
        // Only the endpoints of the event's environment (the request's, else the resource's), strictly: a shared
        // environment's events do not reach global endpoints (BroadcastWebhookService's for_environment(strict: true)).
        var environment = request.Account.Scope.Current ?? resources.OfType<State.Entity>().FirstOrDefault()?.Environment;
        var endpoints = request.Account.Table<WebhookEndpoint>().Everywhere
            .Where(e => e.Environment == environment && e.IsSubscribedTo(eventName) && resources.Any(r => Reaches(e, r)))
            .ToList();
        if (endpoints.Count == 0)
        {
            return;
        }

        var payload = JsonValues.Serialize(document(request.RenderContext with { ForWebhook = true }));
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
        request.Webhooks?.Enqueue(request.Account, webhookEvent, () => JsonValues.Serialize(Documents.Single(request.Render(webhookEvent), null)));
        return webhookEvent;
    }

    /// <summary>A product's endpoint gets the events about what the product may read: its own resources, and plain users.</summary>
    private static bool Reaches(WebhookEndpoint endpoint, object resource) => endpoint.Product is null || resource switch
    {
        IProductScoped scoped => scoped.Product == endpoint.Product,
        User user => user.Role == Role.User,
        _ => false,
    };
}
