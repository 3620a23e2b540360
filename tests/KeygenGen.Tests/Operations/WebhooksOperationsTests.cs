using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// webhookEndpoints.create, update, list and webhookEvents.list, retry (addWebhook, updateWebhook, listWebhooks,
/// listWebhooksEvents, retryEvent). Gets and delete: <see cref="GetOperationsTests"/>, <see cref="DeleteOperationsTests"/>.
/// </summary>
public sealed class WebhooksOperationsTests : OperationTest
{
    [Fact]
    public async Task Create_endpoint_posts_url_subscriptions_and_algorithm()
    {
        Reply(201, JsonApiDocument.Single(WebhookDocuments.Endpoint()));

        WebhookEndpoint endpoint = await Keygen.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest
        {
            Url = WebhookDocuments.Url,
            Subscriptions = [WebhookEventType.LicenseCreated, WebhookEventType.LicenseExpired],
            SignatureAlgorithm = SignatureAlgorithm.Ed25519,
            ApiVersion = "1.8",
        });

        Expect("POST", $"{Acme}/webhook-endpoints", body: $$"""
            {"data":{"type":"webhook-endpoints",
              "attributes":{"url":"{{WebhookDocuments.Url}}","subscriptions":["license.created","license.expired"],"signatureAlgorithm":"ed25519","apiVersion":"1.8"},
              "relationships":{} } }
            """);
        WebhookDocuments.AssertEndpoint(endpoint);
    }

    [Fact]
    public async Task Update_endpoint_patches_what_is_set_and_unlinks_the_product_set_to_null()
    {
        Reply(200, JsonApiDocument.Single(WebhookDocuments.Endpoint()));

        WebhookEndpoint endpoint = await Keygen.WebhookEndpoints.UpdateAsync(WebhookDocuments.EndpointId, new UpdateWebhookEndpointRequest
        {
            Subscriptions = new WebhookEventType[] { WebhookEventType.LicenseCreated, WebhookEventType.LicenseExpired },
            ProductId = null,
        });

        Expect("PATCH", $"{Acme}/webhook-endpoints/{WebhookDocuments.EndpointId}", body: """
            {"data":{"type":"webhook-endpoints","attributes":{"subscriptions":["license.created","license.expired"]},
              "relationships":{"product":{"data":null}}}}
            """);
        WebhookDocuments.AssertEndpoint(endpoint);
    }

    [Fact]
    public async Task List_endpoints_reads_a_page()
    {
        Reply(200, JsonApiDocument.List([WebhookDocuments.Endpoint()], $"{KeygenAccount.Path}/webhook-endpoints", next: null));

        KeygenPage<WebhookEndpoint> page = await Keygen.WebhookEndpoints.ListPageAsync();

        Expect("GET", $"{Acme}/webhook-endpoints", query: [("page[size]", "100"), ("page[cursor]", "")]);
        WebhookDocuments.AssertEndpoint(Assert.Single(page.Data));
    }

    [Fact]
    public async Task List_events_filters_by_event_types()
    {
        Reply(200, JsonApiDocument.List([WebhookDocuments.Event()], $"{KeygenAccount.Path}/webhook-events", next: null));

        KeygenPage<WebhookEvent> page = await Keygen.WebhookEvents.ListPageAsync(new ListWebhookEventsRequest
        {
            Events = [WebhookEventType.LicenseCreated, WebhookEventType.LicenseExpired],
            PageSize = 50,
        });

        Expect("GET", $"{Acme}/webhook-events", query:
        [
            ("events[]", "license.created"), ("events[]", "license.expired"), ("page[size]", "50"), ("page[cursor]", ""),
        ]);
        WebhookDocuments.AssertEvent(Assert.Single(page.Data));
    }

    [Fact]
    public async Task Retry_event_posts_without_a_body_and_reads_the_new_delivery()
    {
        const string retried = "0a2c4e6f-8b0d-4f2a-b3c5-7d9e1f3a5b71";
        Reply(201, JsonApiDocument.Single(WebhookDocuments.Event(retried)));

        WebhookEvent webhookEvent = await Keygen.WebhookEvents.RetryAsync(WebhookDocuments.EventId);

        Expect("POST", $"{Acme}/webhook-events/{WebhookDocuments.EventId}/actions/retry");
        WebhookDocuments.AssertEvent(webhookEvent, retried);
    }
}
