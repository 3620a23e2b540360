using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>
/// <c>webhook-endpoints</c> and <c>webhook-events</c> resources as Keygen serializes them (keygen-api.md §3): an endpoint,
/// and an event delivered to it with its payload as JSON text and its idempotency token in the resource's own meta.
/// </summary>
public static class WebhookDocuments
{
    public const string EndpointId = "8f0b2d4e-6a8c-4e0f-a1b3-5c7d9e1f3a50";
    public const string EventId = "0a2c4e6f-8b0d-4f2a-b3c5-7d9e1f3a5b70";
    public const string Url = "https://hooks.example.com/keygen";
    public const string IdempotencyToken = "0ba2f5c39f4d4c1e8a7b6d5e4f3a2b1c";
    public const string Payload = """{"data":{"id":"b18e3f3a-6c2d-4e9b-a7f1-5d0c8e4b2a96","type":"licenses"}}""";

    public static JsonObject Endpoint(string id = EndpointId) =>
        new ResourceBuilder("webhook-endpoints", id, new JsonObject
        {
            ["url"] = Url,
            ["subscriptions"] = new JsonArray("license.created", "license.expired"),
            ["signatureAlgorithm"] = "ed25519",
            ["apiVersion"] = "1.8",
        })
        .ToOne("product", "products", null)
        .Build();

    public static JsonObject Event(string id = EventId, string status = "DELIVERED") =>
        new ResourceBuilder("webhook-events", id, new JsonObject
        {
            ["endpoint"] = Url,
            ["apiVersion"] = "1.8",
            ["payload"] = Payload,
            ["event"] = "license.created",
            ["status"] = status,
            ["lastResponseCode"] = 200,
            ["lastResponseBody"] = "ok",
        })
        .Meta(new JsonObject { ["idempotencyToken"] = IdempotencyToken })
        .Build();

    public static void AssertEndpoint(WebhookEndpoint endpoint, string id = EndpointId)
    {
        Assert.Equal(id, endpoint.Id);
        Assert.Equal(Url, endpoint.Url);
        Assert.Equal([WebhookEventType.LicenseCreated, WebhookEventType.LicenseExpired], endpoint.Subscriptions);
        Assert.Equal(SignatureAlgorithm.Ed25519, endpoint.SignatureAlgorithm);
        Assert.Equal("1.8", endpoint.ApiVersion);
        Assert.Null(endpoint.ProductId);
        Assert.Equal(KeygenAccount.CreatedAt, endpoint.Created);
        Assert.Equal(KeygenAccount.Id, endpoint.AccountId);
        Assert.Equal(ResourceBuilder.SelfLink("webhook-endpoints", id), endpoint.SelfLink);
    }

    public static void AssertEvent(WebhookEvent webhookEvent, string id = EventId)
    {
        Assert.Equal(id, webhookEvent.Id);
        Assert.Equal(Url, webhookEvent.Endpoint);
        Assert.Equal("1.8", webhookEvent.ApiVersion);
        Assert.Equal(Payload, webhookEvent.Payload);
        Assert.Equal(WebhookEventType.LicenseCreated, webhookEvent.Event);
        Assert.Equal(WebhookEventStatus.Delivered, webhookEvent.Status);
        Assert.Equal(200, webhookEvent.LastResponseCode);
        Assert.Equal("ok", webhookEvent.LastResponseBody);
        Assert.Equal(IdempotencyToken, webhookEvent.IdempotencyToken);
        Assert.Equal(KeygenAccount.UpdatedAt, webhookEvent.Updated);
        Assert.Equal(ResourceBuilder.SelfLink("webhook-events", id), webhookEvent.SelfLink);
    }
}
