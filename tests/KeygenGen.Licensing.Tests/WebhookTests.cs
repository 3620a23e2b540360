using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Keygen;
using Keygen.Signatures;
using KeygenGen.Licensing.Tests.Vectors;
using Xunit;

namespace KeygenGen.Licensing.Tests;

public sealed class WebhookTests
{
    private static readonly VectorSet V = VectorSet.Instance;

    private static KeygenWebhookVerifier Verifier(TimeSpan clockOffset = default) => new(V.PublicKeys, V.ClockAt(clockOffset));

    [Fact]
    public void A_delivery_verifies_and_exposes_event_payload_and_idempotency_token()
    {
        var delivery = Verifier().Verify(V.Webhook.Message.ToMessage());

        using var body = JsonDocument.Parse(V.Webhook.Body);
        var data = body.RootElement.GetProperty("data");
        Assert.Equal("license.created", delivery.EventType);
        Assert.Equal("DELIVERING", delivery.Status);
        Assert.Equal("1.8", delivery.ApiVersion);
        Assert.Equal(data.GetProperty("id").GetString(), delivery.Id);
        Assert.Equal(data.GetProperty("meta").GetProperty("idempotencyToken").GetString(), delivery.IdempotencyToken);
        Assert.Equal(64, delivery.IdempotencyToken!.Length);

        var payload = Assert.NotNull(delivery.Payload);
        Assert.Equal("licenses", payload.GetProperty("data").GetProperty("type").GetString());
        Assert.Equal(4, payload.GetProperty("included").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, delivery.Document.GetProperty("data").ValueKind);
    }

    [Fact]
    public void A_delivery_verifies_against_the_registered_endpoint_url_behind_a_proxy()
    {
        var delivery = Verifier().Verify(new Uri(V.Webhook.Url), V.Webhook.Message.Header, Encoding.UTF8.GetBytes(V.Webhook.Body));
        Assert.Equal("license.created", delivery.EventType);
    }

    [Fact]
    public void A_delivery_to_another_endpoint_is_rejected()
    {
        var error = Assert.Throws<KeygenSignatureException>(() =>
            Verifier().Verify(new Uri("https://hooks.example.com/keygen/events"), V.Webhook.Message.Header, Encoding.UTF8.GetBytes(V.Webhook.Body)));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, error.Reason);
    }

    [Fact]
    public void A_tampered_payload_is_rejected()
    {
        var message = V.Webhook.Message.ToMessage();
        var forged = V.Webhook.Body.Replace("license.created", "license.deleted", StringComparison.Ordinal);
        var error = Assert.Throws<KeygenSignatureException>(() => Verifier().Verify(message with { Body = Encoding.UTF8.GetBytes(forged) }));
        Assert.Equal(VerificationFailureReason.DigestMismatch, error.Reason);
    }

    [Fact]
    public void A_replayed_delivery_is_rejected()
    {
        var error = Assert.Throws<KeygenSignatureException>(() => Verifier(TimeSpan.FromHours(2)).Verify(V.Webhook.Message.ToMessage()));
        Assert.Equal(VerificationFailureReason.DateTooOld, error.Reason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"data\":{\"type\":\"licenses\",\"attributes\":{\"event\":\"x\"}}}")]
    [InlineData("{\"data\":{\"type\":\"webhook-events\",\"attributes\":{}}}")]
    [InlineData("{\"data\":{\"type\":\"webhook-events\",\"attributes\":{\"event\":\"x\",\"payload\":\"{not json\"}}}")]
    [InlineData("{\"data\":{\"type\":\"webhook-events\",\"attributes\":{\"event\":\"x\",\"payload\":{\"data\":null}}}}")]
    public void A_body_that_is_not_an_event_is_a_typed_error(string body)
    {
        var error = Assert.Throws<KeygenSignatureException>(() => KeygenWebhookEvent.Parse(Encoding.UTF8.GetBytes(body)));
        Assert.Equal(VerificationFailureReason.MalformedInput, error.Reason);
    }

    [Fact]
    public void An_event_without_a_payload_has_none()
    {
        var parsed = KeygenWebhookEvent.Parse(Encoding.UTF8.GetBytes("{\"data\":{\"id\":\"e1\",\"type\":\"webhook-events\",\"attributes\":{\"event\":\"account.updated\",\"payload\":null}}}"));
        Assert.Equal("account.updated", parsed.EventType);
        Assert.Null(parsed.Payload);
        Assert.Null(parsed.IdempotencyToken);
    }

    [Fact]
    public void A_verified_delivery_reads_typed_with_the_kind_of_its_event_type()
    {
        var delivery = Verifier().Verify(V.Webhook.Message.ToMessage());

        var created = KeygenEvents.LicenseCreated.Read(delivery);

        using var body = JsonDocument.Parse(V.Webhook.Body);
        using var payload = JsonDocument.Parse(body.RootElement.GetProperty("data").GetProperty("attributes").GetProperty("payload").GetString()!);
        var license = payload.RootElement.GetProperty("data");
        Assert.Equal(WebhookEventType.LicenseCreated, delivery.Type);
        Assert.Equal((delivery.Id, delivery.IdempotencyToken), (created.Id, created.IdempotencyToken));
        Assert.Equal(license.GetProperty("id").GetString(), created.Data.Id);
        Assert.Equal(license.GetProperty("attributes").GetProperty("key").GetString(), created.Data.Key);
        Assert.True(KeygenEvents.LicenseCreated.TryRead(delivery, out var again));
        Assert.Equal(created.Data.Id, again.Data.Id);
    }

    [Fact]
    public void A_delivery_of_another_type_is_not_read_by_a_kind()
    {
        var delivery = Verifier().Verify(V.Webhook.Message.ToMessage());

        Assert.False(KeygenEvents.LicenseDeleted.TryRead(delivery, out var deleted));
        Assert.Null(deleted);
        Assert.Throws<ArgumentException>(() => KeygenEvents.MachineCreated.Read(delivery));
    }

    [Fact]
    public void An_event_type_the_SDK_does_not_know_stays_readable_untyped()
    {
        var delivery = KeygenWebhookEvent.Parse(Event("license.teleported", """{"data":{"id":"l1","type":"licenses","attributes":{"name":"Far"}}}"""));

        Assert.False(delivery.Type.IsKnown);
        Assert.Equal("license.teleported", delivery.Type.Value);
        Assert.Equal("Far", delivery.Payload!.Value.GetProperty("data").GetProperty("attributes").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("{\"data\":{\"id\":\"m1\",\"type\":\"machines\"}}", "machines")]
    [InlineData("{\"data\":null}", "null or missing")]
    [InlineData("{\"meta\":{}}", "it has no")]
    [InlineData("{\"data\":{\"id\":\"l1\",\"type\":\"licenses\",\"attributes\":{\"uses\":\"many\"}}}", "not the document")]
    public void A_payload_that_is_not_the_events_resource_is_a_typed_error(string payload, string said)
    {
        var delivery = KeygenWebhookEvent.Parse(Event("license.created", payload));

        var error = Assert.Throws<KeygenSignatureException>(() => KeygenEvents.LicenseCreated.Read(delivery));

        Assert.Equal(VerificationFailureReason.MalformedInput, error.Reason);
        Assert.Contains("license.created", error.Message, StringComparison.Ordinal);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_event_reads_its_meta_with_the_resource_inside()
    {
        const string Payload = """
            {"data":{"id":"l1","type":"licenses","attributes":{"status":"ACTIVE"}},
             "meta":{"valid":false,"detail":"is suspended","code":"SUSPENDED","ts":"2026-01-01T00:00:00Z"}}
            """;
        var delivery = KeygenWebhookEvent.Parse(Event("license.validation.failed", Payload));

        var failed = KeygenEvents.LicenseValidationFailed.Read(delivery).Data;

        Assert.Equal((false, ValidationCode.Suspended, "is suspended", "l1"), (failed.Valid, failed.Code, failed.Detail, failed.License!.Id));
        var withoutLicense = KeygenWebhookEvent.Parse(Event("license.validation.failed", """{"data":null,"meta":{"valid":false,"detail":"x","code":"NOT_FOUND"}}"""));
        Assert.Equal(
            VerificationFailureReason.MalformedInput,
            Assert.Throws<KeygenSignatureException>(() => KeygenEvents.LicenseValidationFailed.Read(withoutLicense)).Reason);
    }

    [Fact]
    public void A_list_event_reads_every_resource_of_its_data()
    {
        const string Payload = """
            {"data":[{"id":"a","type":"license-entitlements","relationships":{"license":{"data":{"type":"licenses","id":"l1"}},"entitlement":{"data":{"type":"entitlements","id":"e1"}}}},
                     {"id":"b","type":"license-entitlements","relationships":{"entitlement":{"data":{"type":"entitlements","id":"e2"}}}}]}
            """;

        var attached = KeygenEvents.LicenseEntitlementsAttached.Read(KeygenWebhookEvent.Parse(Event("license.entitlements.attached", Payload))).Data;

        Assert.Equal(new (string, string?)[] { ("a", "e1"), ("b", "e2") }, attached.Select(e => (e.Id, e.EntitlementId)));
    }

    /// <summary>An unsigned event document (only <see cref="KeygenWebhookEvent.Parse"/> reads it) with the given payload document.</summary>
    private static byte[] Event(string type, string payload) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        data = new { id = "e1", type = "webhook-events", attributes = new { @event = type, payload }, meta = new { idempotencyToken = "t1" } },
    }));
}
