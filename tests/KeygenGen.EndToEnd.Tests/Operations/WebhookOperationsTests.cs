using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>addWebhook, getSingleWebhook, updateWebhook, listWebhooks, deleteWebhook; listWebhooksEvents, getSingleWebhookEvent, retryEvent.</summary>
public sealed class WebhookOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("webhookEndpoints.create", "webhookEndpoints.get", "webhookEndpoints.update", "webhookEndpoints.list", "webhookEndpoints.delete")]
    public Task An_endpoint_is_created_read_updated_listed_and_deleted() => CoveringAsync(async () =>
    {
        var created = await Keygen.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest { Url = "https://hooks.example.com/crud" });
        var read = await Keygen.WebhookEndpoints.GetAsync(created.Id);

        Assert.Equal("https://hooks.example.com/crud", read.Url);
        Assert.Equal([new WebhookEventType("*")], read.Subscriptions);
        Assert.Equal(SignatureAlgorithm.Ed25519, read.SignatureAlgorithm);

        await Keygen.WebhookEndpoints.UpdateAsync(created.Id, new UpdateWebhookEndpointRequest { Subscriptions = new[] { WebhookEventType.LicenseCreated } });
        var reread = await Keygen.WebhookEndpoints.GetAsync(created.Id);
        Assert.Equal([WebhookEventType.LicenseCreated], reread.Subscriptions);

        Assert.Contains(await Keygen.WebhookEndpoints.ListAsync().ToListAsync(), e => e.Id == created.Id);

        await Keygen.WebhookEndpoints.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.WebhookEndpoints.GetAsync(created.Id));
        Assert.Equal(404, gone.StatusCode);
        Assert.DoesNotContain(await Keygen.WebhookEndpoints.ListAsync().ToListAsync(), e => e.Id == created.Id);
    });

    [Fact]
    [Covers("webhookEvents.list", "webhookEvents.get", "webhookEvents.retry")]
    public Task Each_change_records_an_event_and_a_retry_is_a_new_event_with_the_same_idempotency_token() => CoveringAsync(async () =>
    {
        await Keygen.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest
        {
            Url = "https://hooks.example.com/suspensions",
            Subscriptions = [WebhookEventType.LicenseSuspended],
        });
        var license = await Keygen.LicenseAsync();
        await Keygen.Licenses.SuspendAsync(license.Id);

        var listed = await Keygen.WebhookEvents.ListAsync(new ListWebhookEventsRequest { Events = [WebhookEventType.LicenseSuspended] }).ToListAsync();
        var original = Assert.Single(listed, e => (string?)JsonNode.Parse(e.Payload!)!["data"]?["id"] == license.Id);
        var read = await Keygen.WebhookEvents.GetAsync(original.Id);
        var retried = await Keygen.WebhookEvents.RetryAsync(original.Id);
        var afterRetry = await Keygen.WebhookEvents.ListAsync(new ListWebhookEventsRequest { Events = [WebhookEventType.LicenseSuspended] }).ToListAsync();

        Assert.Equal(WebhookEventType.LicenseSuspended, read.Event);
        Assert.Equal(WebhookEventStatus.Delivering, read.Status);
        Assert.Equal("https://hooks.example.com/suspensions", read.Endpoint);
        Assert.Equal("SUSPENDED", (string?)JsonNode.Parse(read.Payload!)!["data"]!["attributes"]!["status"]);
        Assert.NotEqual(original.Id, retried.Id);
        Assert.Equal(original.IdempotencyToken, retried.IdempotencyToken);
        Assert.False(string.IsNullOrEmpty(retried.IdempotencyToken));
        Assert.Equal(original.Payload, retried.Payload);
        Assert.Equal(original.Event, retried.Event);
        Assert.Equal(listed.Count + 1, afterRetry.Count);
        Assert.Contains(afterRetry, e => e.Id == retried.Id);
    });
}
