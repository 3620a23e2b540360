using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Webhook endpoints and the events recorded for each change.</summary>
public sealed class WebhookTests
{
    private static JsonObject Endpoint(JsonObject attributes) => Json.Resource("webhook-endpoints", attributes);

    [Fact]
    public async Task EachChangeRecordsAnEventPerSubscribedEndpoint()
    {
        await using var session = await EmulatorSession.StartAsync();
        var before = await session.ProductAsync("Before endpoints");
        await session.PostAsync("/webhook-endpoints", Endpoint(new JsonObject { ["url"] = "https://hooks.example.com/all" }));
        await session.PostAsync("/webhook-endpoints", Endpoint(new JsonObject { ["url"] = "https://hooks.example.com/licenses", ["subscriptions"] = new JsonArray("license.created") }));

        var policyId = await session.PolicyAsync(await session.ProductAsync());
        var license = await session.LicenseAsync(policyId);
        await session.PostAsync($"/licenses/{license.Id}/actions/suspend");
        var events = (await session.GetAsync("/webhook-events?limit=100")).Json!["data"]!.AsArray();

        var names = events.Select(e => e!["attributes"]!["event"]!.GetValue<string>()).ToList();
        Assert.Equal(2, names.Count(n => n == "license.created"));
        Assert.Single(names, n => n == "license.suspended");
        Assert.Single(names, n => n == "policy.created");
        Assert.Single(names, n => n == "product.created");
        var created = events.First(e => e!["attributes"]!["event"]!.GetValue<string>() == "license.created")!;
        Assert.Equal("DELIVERING", created["attributes"]!["status"]!.GetValue<string>());
        var payload = JsonNode.Parse(created["attributes"]!["payload"]!.GetValue<string>())!;
        Assert.Equal(license.Id, payload["data"]!["id"]!.GetValue<string>());
        Assert.NotNull(created["meta"]!["idempotencyToken"]);
        Assert.DoesNotContain(events, e => e!["attributes"]!["payload"]!.GetValue<string>().Contains(before, System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetryMakesANewEventWithTheSameIdempotencyToken()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.PostAsync("/webhook-endpoints", Endpoint(new JsonObject { ["url"] = "https://hooks.example.com/all" }));
        await session.ProductAsync();
        var original = (await session.GetAsync("/webhook-events")).Json!["data"]![0]!;

        var retried = await session.PostAsync($"/webhook-events/{original["id"]!.GetValue<string>()}/actions/retry");

        Assert.Equal(201, retried.Code);
        Assert.NotEqual(original["id"]!.GetValue<string>(), retried.Id);
        Assert.Equal(original["meta"]!["idempotencyToken"]!.GetValue<string>(), retried.Data["meta"]!["idempotencyToken"]!.GetValue<string>());
        Assert.Equal(original["attributes"]!["payload"]!.GetValue<string>(), retried.Attributes["payload"]!.GetValue<string>());
        Assert.NotNull(retried.Header("Location"));
    }

    [Fact]
    public async Task TokenSecretsNeverReachWebhookPayloads()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.PostAsync("/webhook-endpoints", Endpoint(new JsonObject { ["url"] = "https://hooks.example.com/all" }));

        var generated = await session.PostAsync("/tokens", null, As.Basic(session.Emulator.AdminEmail, session.Emulator.AdminPassword));
        var payload = (await session.GetAsync("/webhook-events")).Json!["data"]![0]!["attributes"]!["payload"]!.GetValue<string>();

        Assert.Contains(generated.Id, payload, System.StringComparison.Ordinal);
        Assert.DoesNotContain(generated.Attributes["token"]!.GetValue<string>(), payload, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://hooks.example.com/x", null, "URL_PROTOCOL_INVALID")]
    [InlineData("https://localhost/x", null, "URL_HOST_INVALID")]
    [InlineData("https://hooks.example.com/x", "license.exploded", "SUBSCRIPTIONS_NOT_ALLOWED")]
    public async Task EndpointsAreValidatedLikeKeygens(string url, string? subscription, string code)
    {
        await using var session = await EmulatorSession.StartAsync();
        var attributes = new JsonObject { ["url"] = url };
        if (subscription is not null)
        {
            attributes["subscriptions"] = new JsonArray(subscription);
        }

        var response = await session.PostAsync("/webhook-endpoints", Endpoint(attributes));

        Assert.Equal(422, response.Code);
        Assert.Equal(code, response.ErrorCode);
    }

    [Fact]
    public async Task EndpointCrudRoundTrips()
    {
        await using var session = await EmulatorSession.StartAsync();
        var created = await session.PostAsync("/webhook-endpoints", Endpoint(new JsonObject { ["url"] = "https://hooks.example.com/a" }));

        var updated = await session.PatchAsync($"/webhook-endpoints/{created.Id}", Json.Resource("webhook-endpoints", new JsonObject { ["subscriptions"] = new JsonArray("license.created") }));
        var deleted = await session.DeleteAsync($"/webhook-endpoints/{created.Id}");
        var gone = await session.GetAsync($"/webhook-endpoints/{created.Id}");

        Assert.Equal(new[] { "*" }, created.Attributes["subscriptions"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("ed25519", created.Attributes["signatureAlgorithm"]!.GetValue<string>());
        Assert.Equal("1.8", created.Attributes["apiVersion"]!.GetValue<string>());
        Assert.Equal("license.created", updated.Attributes["subscriptions"]![0]!.GetValue<string>());
        Assert.Equal(204, deleted.Code);
        Assert.Equal(404, gone.Code);
    }
}
