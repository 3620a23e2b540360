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
    public async Task A_retry_whose_endpoint_is_gone_goes_to_an_endpoint_at_its_url_and_fails_without_one()
    {
        await using var session = await EmulatorSession.StartAsync();
        const string url = "https://hooks.example.com/moved";
        var first = await session.PostAsync("/webhook-endpoints", Endpoint(new JsonObject { ["url"] = url }));
        await session.ProductAsync();
        var original = (await session.GetAsync("/webhook-events")).Json!["data"]![0]!["id"]!.GetValue<string>();
        await session.DeleteAsync($"/webhook-endpoints/{first.Id}");

        var withoutEndpoint = await session.PostAsync($"/webhook-events/{original}/actions/retry");
        await session.PostAsync("/webhook-endpoints", Endpoint(new JsonObject { ["url"] = url }));
        var withNewEndpoint = await session.PostAsync($"/webhook-events/{original}/actions/retry");

        Assert.Equal((422, "webhook event failed to retry"), (withoutEndpoint.Code, withoutEndpoint.FirstError["detail"]!.GetValue<string>()));
        Assert.Equal((201, url), (withNewEndpoint.Code, withNewEndpoint.Attributes["endpoint"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_environment_sees_and_retries_the_events_of_its_own_environment()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var environment = account.Create("environment", ["isolated"]);
        account.Create("webhook-endpoint", ["isolated"], new System.Collections.Generic.Dictionary<string, object?> { ["url"] = "https://isolated.example/hooks" });
        var isolatedEvent = account.Create("webhook-event", ["isolated"], new System.Collections.Generic.Dictionary<string, object?> { ["endpoint"] = "https://isolated.example/hooks" });
        var asEnvironment = As.Bearer(account.TokenFor(environment).Secret);

        var listed = await session.SendAsync(System.Net.Http.HttpMethod.Get, "/webhook-events", null, asEnvironment, r => r.Headers.Add("Keygen-Environment", "isolated"));
        var retried = await session.SendAsync(
            System.Net.Http.HttpMethod.Post, $"/webhook-events/{isolatedEvent.Id}/actions/retry", null, asEnvironment, r => r.Headers.Add("Keygen-Environment", "isolated"));

        Assert.Equal([isolatedEvent.Id], listed.Json!["data"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
        Assert.Equal(201, retried.Code);
        var inEnvironment = await session.SendAsync(System.Net.Http.HttpMethod.Get, "/webhook-events", null, asEnvironment, r => r.Headers.Add("Keygen-Environment", "isolated"));
        Assert.Contains(retried.Id, inEnvironment.Json!["data"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(retried.Id, (await session.GetAsync("/webhook-events")).Json!["data"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
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
