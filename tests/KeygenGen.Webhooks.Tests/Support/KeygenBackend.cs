using System;
using System.Threading.Tasks;
using Keygen.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace Keygen.Webhooks.Tests.Support;

/// <summary>
/// Keygen for a test: the emulator on 127.0.0.1, delivering webhooks to loopback endpoints on a clock the test moves,
/// and an admin client that verifies every response's signature.
/// </summary>
internal sealed class KeygenBackend : IAsyncDisposable
{
    private KeygenBackend(KeygenEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
        Client = new KeygenClient(new KeygenClientOptions
        {
            BaseUrl = emulator.BaseUrl,
            Account = emulator.AccountId,
            Token = emulator.AdminToken,
            PublicKey = emulator.PublicKeyHex,
            TimeProvider = clock,
        });
    }

    public KeygenEmulator Emulator { get; }

    public FakeTimeProvider Clock { get; }

    public KeygenClient Client { get; }

    public string PublicKey => Emulator.PublicKeyHex;

    public static async Task<KeygenBackend> StartAsync(int rateLimitPerMinute = 6000)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var emulator = await KeygenEmulator.StartAsync(new KeygenEmulatorOptions
        {
            DeliverWebhooksToLoopback = true,
            TimeProvider = clock,
            RateLimitPerMinute = rateLimitPerMinute,
        });
        return new KeygenBackend(emulator, clock);
    }

    /// <summary>Registers <paramref name="url"/> for every event (or the given ones).</summary>
    public Task<WebhookEndpoint> SubscribeAsync(string url, params WebhookEventType[] events) =>
        Client.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest { Url = url, Subscriptions = events.Length == 0 ? null : events });

    /// <summary>Waits until every delivery started so far has been answered and recorded.</summary>
    public Task DeliveredAsync() => Emulator.WaitForWebhookDeliveriesAsync();

    /// <summary>Moves the emulator's clock, so retries fall due, and waits for the deliveries that started.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await DeliveredAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
