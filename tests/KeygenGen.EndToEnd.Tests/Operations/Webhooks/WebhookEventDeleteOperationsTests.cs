using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Webhooks;

/// <summary>Deleting a recorded webhook event.</summary>
public sealed class WebhookEventDeleteOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("webhookEvents.delete")]
    public Task A_deleted_event_is_gone_from_reads_and_lists_and_the_others_stay() => CoveringAsync(async () =>
    {
        await Keygen.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest
        {
            Url = "https://hooks.example.com/deletions",
            Subscriptions = [WebhookEventType.LicenseSuspended, WebhookEventType.LicenseReinstated],
        });
        var license = await Keygen.LicenseAsync();
        await Keygen.Licenses.SuspendAsync(license.Id);
        await Keygen.Licenses.ReinstateAsync(license.Id);
        var events = (await Keygen.WebhookEvents.ListAsync().ToListAsync())
            .Where(e => (string?)JsonNode.Parse(e.Payload!)!["data"]?["id"] == license.Id)
            .ToList();
        var suspended = Assert.Single(events, e => e.Event == WebhookEventType.LicenseSuspended);
        var reinstated = Assert.Single(events, e => e.Event == WebhookEventType.LicenseReinstated);

        await Keygen.WebhookEvents.DeleteAsync(suspended.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.WebhookEvents.GetAsync(suspended.Id));
        var again = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.WebhookEvents.DeleteAsync(suspended.Id));
        var remaining = await Keygen.WebhookEvents.ListAsync().ToListAsync();

        Assert.Equal(404, gone.StatusCode);
        Assert.Equal(404, again.StatusCode);
        Assert.DoesNotContain(remaining, e => e.Id == suspended.Id);
        Assert.Equal(reinstated.Payload, (await Keygen.WebhookEvents.GetAsync(reinstated.Id)).Payload);
    });
}
