using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>The caller's token stops a call in flight and a wait between retries; cancellation is never wrapped.</summary>
public sealed class CancellationTests : KeygenServerTest
{
    [Fact]
    public async Task Cancelling_stops_a_call_in_flight()
    {
        Server.Fallback = Replies.Stall(Server.Stopping);
        using KeygenClient client = TestClients.Client(Server);
        using var cancel = new CancellationTokenSource();

        Task<KeygenResponse> call = client.SendAsync(TestClients.Get("/licenses"), cancel.Token);
        await Server.WaitForRequestsAsync(1);
        var stopwatch = Stopwatch.StartNew();
        cancel.Cancel();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task Cancelling_stops_a_backoff_wait_and_nothing_more_is_sent()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var logger = new InMemoryLogger();
        Server.Fallback = Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down", null, ("Retry-After", "30"));
        using KeygenClient client = TestClients.Client(Server, o =>
        {
            o.TimeProvider = clock;
            o.Logger = logger;
        });
        using var cancel = new CancellationTokenSource();

        Task<KeygenResponse> call = client.SendAsync(TestClients.Get("/licenses"), cancel.Token);
        await logger.WaitForAsync("retrying in 30000 ms");
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(5)));
        clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(150);

        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        using KeygenClient client = TestClients.Client(Server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(TestClients.Get("/licenses"), new CancellationToken(canceled: true)));

        Assert.Empty(Server.Requests);
    }
}
