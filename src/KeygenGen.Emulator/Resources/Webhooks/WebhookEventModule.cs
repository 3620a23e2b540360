using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Webhooks;

/// <summary>
/// <c>/webhook-events</c>: the events recorded for each change. Retrying makes a new event (201) with the same
/// payload and idempotency token. Like Keygen, event lists are not counted (offset pages have no last link).
/// </summary>
internal sealed class WebhookEventModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<WebhookEvent>(Render);
        routes.Get("/webhook-events", Index);
        routes.Get("/webhook-events/{id}", Show);
        routes.Delete("/webhook-events/{id}", Destroy);
        routes.Post("/webhook-events/{id}/actions/retry", Retry);
    }

    private static WebhookEvent Find(ApiRequest request) =>
        Lookup.Find<WebhookEvent>(request, "webhook event", e => WebhookEndpointModule.Visible(request.Caller, e.Endpoint));

    private static ApiResult Index(ApiRequest request)
    {
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.ReadOnly, Role.Environment, Role.Product));
        var wanted = request.Query.Get("events") is QueryList list
            ? list.Items.OfType<QueryScalar>().Select(s => s.Value).ToHashSet()
            : null;
        var rows = request.Account.Table<WebhookEvent>().All
            .Where(e => WebhookEndpointModule.Visible(request.Caller, e.Endpoint) && (wanted is null || wanted.Contains(e.Event)));
        return Listing.Of(request, rows, counted: false);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Destroy(ApiRequest request)
    {
        var webhookEvent = Find(request);
        Access.Require(request, request.Caller.Manages);
        request.Account.Table<WebhookEvent>().Remove(webhookEvent);
        return ApiResult.NoContent();
    }

    /// <summary>
    /// Keygen's RetryWebhookEventService: a copy of the event (its URL, API version, payload, idempotency token and
    /// environment) to its endpoint, or, when it has none stored, to an endpoint of its environment at its URL; with
    /// neither, 422.
    /// </summary>
    private static ApiResult Retry(ApiRequest request)
    {
        var original = Find(request);
        EnvironmentalRows.RequireWritableHere(request, original);
        Access.Require(request, request.Caller.Manages);
        var endpoints = request.Account.Table<WebhookEndpoint>().Everywhere.ToList();
        var endpoint = (original.Endpoint is { } addressed && endpoints.Contains(addressed) ? addressed : null)
            ?? endpoints.FirstOrDefault(e => EnvironmentScope.Of(original.Environment).Includes(e.Environment) && e.Url == original.EndpointUrl)
            ?? throw Errors.Unprocessable("webhook event failed to retry");

        var retried = Broadcast.Record(request, new WebhookEvent(
            Guid.NewGuid(), request.Now, endpoint, original.EndpointUrl, original.ApiVersion, original.Event, original.Payload, original.IdempotencyToken)
        {
            Environment = original.Environment,
        });
        return Listing.Created(request, retried, "webhook-events");
    }

    private static JsonObject Render(WebhookEvent webhookEvent, RenderContext context)
    {
        var account = context.AccountId;
        return new ResourceBuilder("webhook-events", webhookEvent.Id, Links.Resource(account, "webhook-events", webhookEvent.Id))
            .Attribute("endpoint", webhookEvent.EndpointUrl)
            .Attribute("apiVersion", webhookEvent.ApiVersion)
            .Attribute("payload", webhookEvent.Payload)
            .Attribute("event", webhookEvent.Event)
            .Attribute("status", webhookEvent.Status)
            .Attribute("lastResponseCode", JsonValues.Of(webhookEvent.LastResponseCode))
            .Attribute("lastResponseBody", webhookEvent.LastResponseBody)
            .Attribute("created", JsonValues.Of(webhookEvent.Created))
            .Attribute("updated", JsonValues.Of(webhookEvent.Updated))
            .Account(account)
            .Meta(new JsonObject { ["idempotencyToken"] = webhookEvent.IdempotencyToken })
            .Build();
    }
}
