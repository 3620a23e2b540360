using System;
using System.Text;
using System.Text.Json;
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
}
