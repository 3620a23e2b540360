using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Keygen.Webhooks.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Webhooks.Tests.EndToEnd;

/// <summary>
/// A real delivery, captured as the app received it and sent again: altered, late or as it was. Nothing but the
/// original is ever handled, and each refusal is a 4xx.
/// </summary>
public sealed class RefusalTests : IAsyncLifetime
{
    private readonly Recorder _recorder = new();
    private readonly FakeTimeProvider _appClock = new(DateTimeOffset.UtcNow);
    private KeygenBackend _keygen = null!;
    private WebhookApp _app = null!;
    private CapturedRequest _delivery = null!;

    public async Task InitializeAsync()
    {
        _keygen = await KeygenBackend.StartAsync();
        _appClock.SetUtcNow(_keygen.Clock.GetUtcNow());
        _app = await WebhookApp.StartAsync(webhooks =>
        {
            webhooks.PublicKey = _keygen.PublicKey;
            webhooks.TimeProvider = _appClock;
            TypedDeliveryTests.Record(webhooks, _recorder, KeygenEvents.LicenseCreated);
        });
        await _keygen.SubscribeAsync(_app.Url, WebhookEventType.LicenseCreated);
        var product = await _keygen.Client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        var policy = await _keygen.Client.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id });
        await _keygen.Client.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });
        await _keygen.DeliveredAsync();
        _delivery = Assert.Single(_app.Captured);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _keygen.DisposeAsync();
    }

    [Fact]
    public async Task The_original_delivery_is_handled_once_and_recorded_as_delivered()
    {
        var recorded = await Deliveries.OfAsync(_keygen.Client, WebhookEventType.LicenseCreated);

        Assert.Equal((WebhookEventStatus.Delivered, 200, "handled"), (recorded.Status, recorded.LastResponseCode, recorded.LastResponseBody));
        Assert.Equal(1, _recorder.Attempts);
    }

    [Fact]
    public async Task A_replayed_delivery_is_a_duplicate_and_is_not_handled_again()
    {
        var replays = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _app.ResendAsync(_delivery)));

        Assert.All(replays, replay => Assert.Equal((200, "duplicate"), replay));
        Assert.Equal(1, _recorder.Attempts);
    }

    [Fact]
    public async Task A_delivery_replayed_after_the_allowed_drift_is_refused_as_stale()
    {
        _appClock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.Equal((400, "refused: DateTooOld"), await _app.ResendAsync(_delivery));
        Assert.Equal(1, _recorder.Attempts);
    }

    [Fact]
    public async Task A_delivery_dated_too_far_ahead_of_the_apps_clock_is_refused()
    {
        var slowClock = new FakeTimeProvider(_keygen.Clock.GetUtcNow() - TimeSpan.FromMinutes(6));
        await using var app = await WebhookApp.StartAsync(webhooks =>
        {
            webhooks.PublicKey = _keygen.PublicKey;
            webhooks.TimeProvider = slowClock;
        });

        Assert.Equal((400, "refused: DateInFuture"), await app.ResendAsync(_delivery));
    }

    [Fact]
    public async Task A_tampered_body_is_refused()
    {
        var text = Encoding.UTF8.GetString(_delivery.Body);
        var forged = text.Replace("\\\"ACTIVE\\\"", "\\\"SUSPENDED\\\"", StringComparison.Ordinal);
        Assert.NotEqual(text, forged);

        Assert.Equal((400, "refused: DigestMismatch"), await _app.ResendAsync(_delivery, Encoding.UTF8.GetBytes(forged)));
        Assert.Equal(1, _recorder.Attempts);
    }

    [Fact]
    public async Task A_body_with_a_matching_forged_digest_is_refused_by_the_signature()
    {
        var forged = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(_delivery.Body).Replace("license.created", "license.deleted", StringComparison.Ordinal));
        var digest = "sha-256=" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(forged));

        var answer = await _app.ResendAsync(_delivery, forged, message =>
        {
            message.Headers.Remove("Digest");
            message.Headers.Remove("Keygen-Digest");
            message.Headers.TryAddWithoutValidation("Keygen-Digest", digest);
        });

        Assert.Equal((400, "refused: SignatureInvalid"), answer);
    }

    [Theory]
    [InlineData("Keygen-Signature")]
    [InlineData("Keygen-Date")]
    public async Task A_delivery_without_its_signing_headers_is_refused(string header)
    {
        var answer = await _app.ResendAsync(_delivery, alter: message =>
        {
            message.Headers.Remove(header);
            message.Headers.Remove(header.Replace("Keygen-", string.Empty, StringComparison.Ordinal));
        });

        Assert.Equal((400, "refused: MissingHeader"), answer);
    }

    [Fact]
    public async Task A_delivery_signed_by_another_account_is_refused()
    {
        await using var other = await KeygenBackend.StartAsync();
        var recorder = new Recorder();
        await using var app = await WebhookApp.StartAsync(webhooks =>
        {
            webhooks.PublicKey = other.PublicKey;
            webhooks.TimeProvider = _appClock;
            TypedDeliveryTests.Record(webhooks, recorder, KeygenEvents.LicenseCreated);
        });

        Assert.Equal((400, "refused: SignatureInvalid"), await app.ResendAsync(_delivery));
        Assert.Equal(0, recorder.Attempts);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_unread()
    {
        await using var app = await WebhookApp.StartAsync(webhooks =>
        {
            webhooks.PublicKey = _keygen.PublicKey;
            webhooks.MaxBodySize = 512;
        });

        Assert.Equal((413, "too large"), await app.ResendAsync(_delivery));
    }
}
