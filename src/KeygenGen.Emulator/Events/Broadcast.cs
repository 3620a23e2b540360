using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Logs;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Events;

/// <summary>
/// Logs each change (<see cref="EventLogRecorder"/>) and records a webhook event for it, as Keygen's
/// BroadcastWebhookService does: one <c>webhook-events</c> row per subscribed endpoint of the event's environment
/// (product-scoped endpoints only for their product's resources), whose payload is the
/// JSON text of the resource document rendered for webhooks (no token secrets). No endpoint, no event. Each recorded event
/// is handed to the <see cref="Delivery.WebhookDeliverer"/>, which sends those addressed to loopback endpoints. Then the
/// event's notifications run (<see cref="ExpiryStarts"/>), as Keygen's event-notification job does after the response.
/// </summary>
internal static class Broadcast
{
    public static void Publish(ApiRequest request, string eventName, object resource, JsonObject? meta = null)
    {
        EventLogRecorder.Record(request, eventName, resource, meta);
        Send(request, eventName, EnvironmentOf(request, resource), [resource], context => Documents.Single(request.Renderers.Render(resource, context), meta));
        ExpiryStarts.Notify(request, eventName, resource);
    }

    /// <summary>
    /// An event about several resources at once (e.g. the entitlements just attached): its payload is a list document,
    /// and it is one event, so one event log, naming the resource the request acted on (<paramref name="subject"/>,
    /// Keygen's <c>Current.resource</c>) with <paramref name="metadata"/>.
    /// </summary>
    public static void PublishAll(ApiRequest request, string eventName, object subject, IReadOnlyList<object> resources, JsonObject? metadata = null)
    {
        EventLogRecorder.Record(request, eventName, subject, metadata);
        Send(request, eventName, EnvironmentOf(request, null), resources, context => Documents.List(resources.Select(r => request.Renderers.Render(r, context)), null));
    }

    /// <summary>
    /// The environment an event belongs to: the request's, else the resource's (a list has none), as Keygen's
    /// BroadcastEventService picks it; only endpoints of exactly that environment hear it.
    /// </summary>
    private static KeygenEnvironment? EnvironmentOf(ApiRequest request, object? resource) =>
        request.Account.Scope is { Unfiltered: false, Current: { } current } ? current : (resource as Entity)?.Environment;

    private static void Send(ApiRequest request, string eventName, KeygenEnvironment? environment, IReadOnlyList<object> resources, Func<RenderContext, JsonObject> document)
    {
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

    private static WebhookEvent Record(ApiRequest request, WebhookEndpoint endpoint, string eventName, string payload, string idempotencyToken)
    {
        var webhookEvent = new WebhookEvent(Guid.NewGuid(), request.Now, endpoint, endpoint.Url, endpoint.ApiVersion, eventName, payload, idempotencyToken);
        return Record(request, webhookEvent);
    }

    /// <summary>Stores an event made elsewhere (a retry's copy of its original) and queues its delivery.</summary>
    public static WebhookEvent Record(ApiRequest request, WebhookEvent webhookEvent)
    {
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
