using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Keygen.Signatures;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// With <see cref="KeygenEmulatorOptions.DeliverWebhooksToLoopback"/>, events are POSTed to loopback endpoints as
/// Keygen's WebhookWorker sends them: signed, retried with Keygen's backoff on the emulator's clock, and each attempt's
/// answer recorded on the event. Every other endpoint is never sent to.
/// </summary>
public sealed class WebhookDeliveryTests
{
    private static readonly TimeSpan LongestFirstRetryDelay = TimeSpan.FromMinutes(100);

    [Theory]
    [InlineData("http://127.0.0.1:9/hooks")]
    [InlineData("http://localhost:9/hooks")]
    [InlineData("https://[::1]:9/hooks")]
    public async Task Loopback_endpoints_are_refused_like_Keygen_unless_the_emulator_delivers_to_them(string url)
    {
        await using var keygenLike = await EmulatorSession.StartAsync();
        await using var delivering = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { DeliverWebhooksToLoopback = true });

        var refused = await keygenLike.PostAsync("/webhook-endpoints", Endpoint(url));
        var accepted = await delivering.PostAsync("/webhook-endpoints", Endpoint(url));

        Assert.Equal(422, refused.Code);
        Assert.Equal(201, accepted.Code);
    }

    [Theory]
    [InlineData("http://hooks.example.com/x", "URL_PROTOCOL_INVALID")]
    [InlineData("https://10.0.0.1/x", "URL_HOST_INVALID")]
    public async Task Other_endpoints_keep_Keygens_rules_when_the_emulator_delivers(string url, string code)
    {
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { DeliverWebhooksToLoopback = true });

        var response = await session.PostAsync("/webhook-endpoints", Endpoint(url));

        Assert.Equal(422, response.Code);
        Assert.Equal(code, response.ErrorCode);
    }

    [Theory]
    [InlineData("ed25519")]
    [InlineData("rsa-pss-sha256")]
    [InlineData("rsa-sha256")]
    public async Task An_event_is_posted_with_Keygens_headers_and_signature_and_recorded_as_delivered(string algorithm)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var session = await DeliveringAsync();
        var endpointUrl = receiver.Url("/keygen/hooks?tenant=7");
        await session.PostAsync("/webhook-endpoints", Endpoint(endpointUrl, new JsonObject { ["signatureAlgorithm"] = algorithm }));

        var productId = await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();

        var delivery = Assert.Single(receiver.Received);
        Assert.Equal(("POST", "/keygen/hooks?tenant=7"), (delivery.Method, delivery.Target));
        Assert.Equal("Keygen/1.8 (+https://keygen.sh/docs/api/webhooks/)", delivery.Header("User-Agent"));
        Assert.Equal("application/json", delivery.Header("Content-Type"));
        Assert.Equal("1.8", delivery.Header("Keygen-Version"));
        Assert.Equal(delivery.Header("Date"), delivery.Header("Keygen-Date"));
        Assert.Equal(delivery.Header("Digest"), delivery.Header("Keygen-Digest"));
        Assert.Contains($"algorithm=\"{algorithm}\"", delivery.Header("Keygen-Signature"), StringComparison.Ordinal);

        var verified = (await VerifierAsync(session)).Verify(new Uri(endpointUrl), delivery.Header, delivery.Body);
        Assert.Equal("product.created", verified.EventType);
        Assert.Equal(productId, verified.Payload!.Value.GetProperty("data").GetProperty("id").GetString());

        var recorded = await EventAsync(session, verified.Id);
        Assert.Equal("DELIVERED", recorded["attributes"]!["status"]!.GetValue<string>());
        Assert.Equal(200, recorded["attributes"]!["lastResponseCode"]!.GetValue<int>());
        Assert.Equal("ok", recorded["attributes"]!["lastResponseBody"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_delivered_document_is_the_event_as_queued_with_its_payload_and_idempotency_token()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var session = await DeliveringAsync();
        await session.PostAsync("/webhook-endpoints", Endpoint(receiver.Url()));

        await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();

        var data = Assert.Single(receiver.Received).Json["data"]!;
        var recorded = await EventAsync(session, data["id"]!.GetValue<string>());
        Assert.Equal("webhook-events", data["type"]!.GetValue<string>());
        Assert.Equal("DELIVERING", data["attributes"]!["status"]!.GetValue<string>());
        Assert.Null(data["attributes"]!["lastResponseCode"]);
        Assert.Equal(receiver.Url(), data["attributes"]!["endpoint"]!.GetValue<string>());
        Assert.Equal(recorded["attributes"]!["payload"]!.GetValue<string>(), data["attributes"]!["payload"]!.GetValue<string>());
        Assert.Equal(recorded["meta"]!["idempotencyToken"]!.GetValue<string>(), data["meta"]!["idempotencyToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_after_Keygens_backoff_on_the_emulators_clock()
    {
        var clock = Clock.StartingNow();
        await using var receiver = await WebhookReceiver.StartAsync(n => n == 0 ? (500, "handler failed") : (200, "ok"));
        await using var session = await DeliveringAsync(clock);
        await session.PostAsync("/webhook-endpoints", Endpoint(receiver.Url()));

        await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();
        var eventId = receiver.Received[0].Json["data"]!["id"]!.GetValue<string>();
        var failing = (await EventAsync(session, eventId))["attributes"]!;

        // The first retry waits 0⁴ s plus 10 to 100 minutes.
        await AdvanceAsync(session, clock, TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var attemptsBeforeTheEarliestRetry = receiver.Received.Count;
        await AdvanceAsync(session, clock, LongestFirstRetryDelay);
        var delivered = (await EventAsync(session, eventId))["attributes"]!;

        Assert.Equal(("FAILING", 500, "handler failed"), Attempt(failing));
        Assert.Equal(1, attemptsBeforeTheEarliestRetry);
        Assert.Equal(2, receiver.Received.Count);
        Assert.Equal(receiver.Received[0].Body, receiver.Received[1].Body);
        Assert.Equal(("DELIVERED", 200, "ok"), Attempt(delivered));
        Assert.Single((await session.GetAsync("/webhook-events")).Json!["data"]!.AsArray());
    }

    [Fact]
    public async Task After_fifteen_retries_the_event_fails_and_is_not_sent_again()
    {
        var clock = Clock.StartingNow();
        await using var receiver = await WebhookReceiver.StartAsync(_ => (503, "down"));
        await using var session = await DeliveringAsync(clock);
        await session.PostAsync("/webhook-endpoints", Endpoint(receiver.Url()));

        await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();
        for (var retry = 0; retry < 15; retry++)
        {
            await AdvanceAsync(session, clock, TimeSpan.FromSeconds(Math.Pow(retry, 4)) + LongestFirstRetryDelay);
        }

        var eventId = receiver.Received[0].Json["data"]!["id"]!.GetValue<string>();
        var exhausted = (await EventAsync(session, eventId))["attributes"]!;
        await AdvanceAsync(session, clock, TimeSpan.FromDays(30));

        Assert.Equal(16, receiver.Received.Count);
        Assert.Equal(("FAILED", 503, "down"), Attempt(exhausted));
    }

    [Theory]
    [InlineData(410)]
    [InlineData(530)]
    public async Task An_endpoint_that_answers_gone_or_frozen_is_disabled(int status)
    {
        await using var receiver = await WebhookReceiver.StartAsync(_ => (status, "gone"));
        await using var session = await DeliveringAsync();
        var endpoint = await session.PostAsync("/webhook-endpoints", Endpoint(receiver.Url()));

        await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();
        await session.ProductAsync("After");
        await session.Emulator.WaitForWebhookDeliveriesAsync();

        var events = (await session.GetAsync("/webhook-events")).Json!["data"]!.AsArray();
        Assert.Equal(("FAILED", status, "gone"), Attempt(Assert.Single(events)!["attributes"]!));
        Assert.Empty((await session.GetAsync($"/webhook-endpoints/{endpoint.Id}")).Attributes["subscriptions"]!.AsArray());
        Assert.Single(receiver.Received);
    }

    [Theory]
    [InlineData(2048, false)]
    [InlineData(2049, true)]
    public async Task A_response_body_is_kept_up_to_2_KiB(int size, bool tooLarge)
    {
        var body = new string('x', size);
        await using var receiver = await WebhookReceiver.StartAsync(_ => (200, body));
        await using var session = await DeliveringAsync();
        await session.PostAsync("/webhook-endpoints", Endpoint(receiver.Url()));

        await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();

        var recorded = (await session.GetAsync("/webhook-events")).Json!["data"]![0]!["attributes"]!;
        Assert.Equal(tooLarge ? "RES_BODY_TOO_LARGE" : body, recorded["lastResponseBody"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_connection_fails_the_event_at_once_as_in_Keygen()
    {
        var clock = Clock.StartingNow();
        await using var session = await DeliveringAsync(clock);
        await using (var closed = await WebhookReceiver.StartAsync())
        {
            await session.PostAsync("/webhook-endpoints", Endpoint(closed.Url()));
        }

        await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();
        await AdvanceAsync(session, clock, TimeSpan.FromDays(1));

        var recorded = (await session.GetAsync("/webhook-events")).Json!["data"]![0]!["attributes"]!;
        Assert.Equal("FAILED", recorded["status"]!.GetValue<string>());
        Assert.Null(recorded["lastResponseCode"]);
        Assert.Equal("CONN_REFUSED", recorded["lastResponseBody"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_for_endpoints_off_the_loopback_are_recorded_and_never_sent()
    {
        var clock = Clock.StartingNow();
        await using var receiver = await WebhookReceiver.StartAsync(n => n == 0 ? (500, "retry me") : (200, "ok"));
        await using var session = await DeliveringAsync(clock);
        await session.PostAsync("/webhook-endpoints", Endpoint("https://hooks.example.com/keygen"));
        var moving = await session.PostAsync("/webhook-endpoints", Endpoint(receiver.Url()));

        await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();
        // The endpoint moves away before the retry is due: what it is when an attempt starts decides.
        await session.PatchAsync($"/webhook-endpoints/{moving.Id}", Json.Resource("webhook-endpoints", new JsonObject { ["url"] = "https://hooks.example.com/moved" }));
        await AdvanceAsync(session, clock, LongestFirstRetryDelay);

        var events = (await session.GetAsync("/webhook-events")).Json!["data"]!.AsArray();
        var offLoopback = events.Single(e => e!["attributes"]!["endpoint"]!.GetValue<string>() == "https://hooks.example.com/keygen")!;
        var moved = events.Single(e => e!["attributes"]!["endpoint"]!.GetValue<string>() == receiver.Url())!;
        Assert.Equal(("DELIVERING", null, null), Attempt(offLoopback["attributes"]!));
        Assert.Equal(("FAILING", 500, "retry me"), Attempt(moved["attributes"]!));
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Retrying_an_event_delivers_a_new_event_with_the_same_idempotency_token()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var session = await DeliveringAsync();
        await session.PostAsync("/webhook-endpoints", Endpoint(receiver.Url()));
        await session.ProductAsync();
        await session.Emulator.WaitForWebhookDeliveriesAsync();
        var original = receiver.Received[0].Json["data"]!;

        var retried = await session.PostAsync($"/webhook-events/{original["id"]!.GetValue<string>()}/actions/retry");
        await session.Emulator.WaitForWebhookDeliveriesAsync();

        var redelivered = receiver.Received[1].Json["data"]!;
        Assert.Equal(retried.Id, redelivered["id"]!.GetValue<string>());
        Assert.NotEqual(original["id"]!.GetValue<string>(), retried.Id);
        Assert.Equal(original["meta"]!["idempotencyToken"]!.GetValue<string>(), redelivered["meta"]!["idempotencyToken"]!.GetValue<string>());
        Assert.Equal("DELIVERED", (await EventAsync(session, retried.Id))["attributes"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_emulator_that_does_not_deliver_has_nothing_to_wait_for()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.PostAsync("/webhook-endpoints", Endpoint("https://hooks.example.com/x"));
        await session.ProductAsync();

        await session.Emulator.WaitForWebhookDeliveriesAsync();

        var recorded = (await session.GetAsync("/webhook-events")).Json!["data"]![0]!["attributes"]!;
        Assert.Equal(("DELIVERING", null, null), Attempt(recorded));
    }

    private static JsonObject Endpoint(string url, JsonObject? more = null)
    {
        var attributes = new JsonObject { ["url"] = url };
        foreach (var (name, value) in more ?? [])
        {
            attributes[name] = value?.DeepClone();
        }

        return Json.Resource("webhook-endpoints", attributes);
    }

    private static Task<EmulatorSession> DeliveringAsync(FakeTimeProvider? clock = null) =>
        EmulatorSession.StartAsync(new KeygenEmulatorOptions { DeliverWebhooksToLoopback = true, TimeProvider = clock ?? (TimeProvider)TimeProvider.System });

    private static async Task AdvanceAsync(EmulatorSession session, FakeTimeProvider clock, TimeSpan by)
    {
        clock.Advance(by);
        await session.Emulator.WaitForWebhookDeliveriesAsync();
    }

    private static async Task<JsonNode> EventAsync(EmulatorSession session, string id) => (await session.GetAsync($"/webhook-events/{id}")).Data;

    private static (string Status, int? Code, string? Body) Attempt(JsonNode attributes) =>
        (attributes["status"]!.GetValue<string>(), attributes["lastResponseCode"]?.GetValue<int>(), attributes["lastResponseBody"]?.GetValue<string>());

    /// <summary>The SDK's verifier with the account's keys, on the emulator's clock.</summary>
    private static async Task<KeygenWebhookVerifier> VerifierAsync(EmulatorSession session)
    {
        var keys = (await session.GetAsync(string.Empty)).Data["meta"]!["keys"]!;
        return new KeygenWebhookVerifier(KeygenPublicKeys.Parse(keys["ed25519"]!.GetValue<string>(), keys["rsa2048"]!.GetValue<string>()));
    }
}
