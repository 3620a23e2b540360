using System;
using System.Threading.Tasks;
using Keygen.Emulator;
using Keygen.EndToEnd.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.EndToEnd.Tests.Load;

/// <summary>Why the load tests raise the emulator's throttle: past the limit, the SDK surfaces Keygen's 429 with the rate-limit state.</summary>
public sealed class ThrottlingTests(ThrottlingTests.TightlyThrottled emulator) : IClassFixture<ThrottlingTests.TightlyThrottled>
{
    private const int Limit = 3;

    [Fact]
    public async Task Past_the_limit_a_call_fails_with_too_many_requests_and_when_to_retry()
    {
        for (var i = 0; i < Limit; i++)
        {
            await emulator.Keygen.Products.ListPageAsync();
        }

        var throttled = await Assert.ThrowsAsync<KeygenApiException>(() => emulator.Keygen.Products.ListPageAsync());

        Assert.Equal((429, "TOO_MANY_REQUESTS"), (throttled.StatusCode, throttled.Code));
        var rateLimit = throttled.Response!.RateLimit!;
        Assert.Equal(Limit, rateLimit.Limit);
        Assert.Equal(0, rateLimit.Remaining);
        Assert.InRange(rateLimit.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    /// <summary>An emulator allowing only <see cref="Limit"/> calls a minute, on a clock that stands still so all calls share one window.</summary>
    public sealed class TightlyThrottled : EmulatorFixture
    {
        protected override KeygenEmulatorOptions CreateOptions() =>
            new() { RateLimitPerMinute = Limit, TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow) };
    }
}
