using System;
using System.Threading.Tasks;
using Keygen.Emulator;
using Xunit;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>
/// One emulator per test class on 127.0.0.1, and an admin client that verifies the Ed25519 signature of every response
/// (a response without a valid, fresh signature fails the call). Retries are off, so every fault surfaces in the test.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    private KeygenEmulatorOptions _options = null!;

    public KeygenEmulator Emulator { get; private set; } = null!;

    /// <summary>The admin client; <see cref="KeygenClient.WithAuth"/> gives views with other credentials.</summary>
    public KeygenClient Keygen { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _options = CreateOptions();
        Emulator = await KeygenEmulator.StartAsync(_options);
        Keygen = Client(Emulator.AdminToken, environment: null);
    }

    /// <summary>A new client of the emulator with <paramref name="token"/>, inside <paramref name="environment"/> (null: the global one).</summary>
    public KeygenClient Client(string token, string? environment) => new(new KeygenClientOptions
    {
        BaseUrl = Emulator.BaseUrl,
        Account = Emulator.AccountId,
        Token = token,
        Environment = environment,
        PublicKey = Emulator.PublicKeyHex,
        Retry = KeygenRetryOptions.Disabled,
        // Signed dates are checked for freshness against the client's clock, so it must be the emulator's.
        TimeProvider = _options.TimeProvider,
    });

    public async Task DisposeAsync()
    {
        Keygen.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary>The emulator's settings; subclasses change the clock or the rate limit.</summary>
    protected virtual KeygenEmulatorOptions CreateOptions() => new();
}
