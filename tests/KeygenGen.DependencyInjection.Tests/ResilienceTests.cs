using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Keygen.DependencyInjection.Tests.Fixtures;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Xunit;

namespace Keygen.DependencyInjection.Tests;

/// <summary>AddKeygenResilience: the standard resilience handler retries by Keygen's rules, and the SDK's own retry is off.</summary>
public sealed class ResilienceTests : KeygenServerTest
{
    private const string Throttled = "TOO_MANY_REQUESTS";

    [Fact]
    public async Task A_get_that_got_503_then_200_succeeds_with_two_requests()
    {
        Server.Enqueue(Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down"));
        using ServiceProvider provider = WithResilience();

        KeygenResponse response = await KeygenServices.Resolve(provider).SendAsync(TestClients.Get("/licenses/l1"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_get_that_keeps_failing_is_retried_by_the_resilience_handler_alone()
    {
        // Both retries at once would make 4 x 4 = 16 requests; the resilience handler alone makes 1 + 3.
        Server.Fallback = Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down");
        using ServiceProvider provider = WithResilience();

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => KeygenServices.Resolve(provider).SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, Server.Requests.Count);
    }

    [Fact]
    public async Task A_post_that_got_503_is_not_sent_again()
    {
        Server.Enqueue(Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down"));
        using ServiceProvider provider = WithResilience();

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => KeygenServices.Resolve(provider).SendAsync(TestClients.Post("/machines", "{}")));

        Assert.Equal(503, error.StatusCode);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_throttled_post_is_sent_again_after_retry_after()
    {
        Server.Enqueue(Replies.Error(429, Throttled, "Too many requests", "slow down", null, ("Retry-After", "1")));
        using ServiceProvider provider = WithResilience();
        var elapsed = Stopwatch.StartNew();

        KeygenResponse response = await KeygenServices.Resolve(provider).SendAsync(TestClients.Post("/machines", "{}"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, Server.Requests.Count);
        // The configured backoff is 10 ms; only Retry-After explains a wait of a second.
        Assert.True(elapsed.Elapsed >= TimeSpan.FromMilliseconds(900), $"waited only {elapsed.Elapsed}");
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_total_timeout_returns_the_429_at_once()
    {
        Server.Fallback = Replies.Error(429, Throttled, "Too many requests", "slow down", null, ("Retry-After", "3600"));
        using ServiceProvider provider = WithResilience();
        var elapsed = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => KeygenServices.Resolve(provider).SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), error.RateLimit?.RetryAfter);
        Assert.Single(Server.Requests);
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(5), $"took {elapsed.Elapsed}");
    }

    [Fact]
    public async Task A_post_that_outlasts_the_attempt_timeout_fails_as_a_timeout_and_is_not_sent_again()
    {
        Server.Fallback = Replies.Stall(Server.Stopping);
        // Long enough that the server has recorded the one attempt before it is cut off, even on a busy CI machine
        // (at 300 ms a loaded run once timed out before the request was recorded at all).
        using ServiceProvider provider = WithResilience(options => options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => KeygenServices.Resolve(provider).SendAsync(TestClients.Post("/machines", "{}")));

        Assert.True(error.Timeout);
        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_get_that_outlasts_the_attempt_timeout_is_sent_again()
    {
        Server.Enqueue(Replies.Stall(Server.Stopping));
        using ServiceProvider provider = WithResilience(options => options.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(300));

        KeygenResponse response = await KeygenServices.Resolve(provider).SendAsync(TestClients.Get("/licenses"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_post_whose_connection_was_refused_is_sent_again_because_it_never_left()
    {
        var counter = new AttemptCounter();
        var settings = KeygenServices.Settings(Server);
        settings["Keygen:BaseUrl"] = $"http://127.0.0.1:{ClosedPort.Find()}";
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen()
            .AddKeygenResilience(FastRetries)
            .AddHttpMessageHandler(counter.CreateHandler));

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => KeygenServices.Resolve(provider).SendAsync(TestClients.Post("/machines", "{}")));

        Assert.Contains("Could not connect", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, counter.Attempts);
    }

    [Fact]
    public async Task An_open_circuit_fails_calls_as_transport_errors_without_sending_them()
    {
        Server.Fallback = Replies.Error(500, "SERVER_ERROR", "Server error", "down");
        using ServiceProvider provider = WithResilience(options =>
        {
            options.CircuitBreaker.MinimumThroughput = 2;
            options.CircuitBreaker.FailureRatio = 0.5;
        });
        KeygenClient keygen = KeygenServices.Resolve(provider);
        await Assert.ThrowsAsync<KeygenApiException>(() => keygen.SendAsync(TestClients.Get("/licenses")));
        await Assert.ThrowsAsync<KeygenApiException>(() => keygen.SendAsync(TestClients.Get("/licenses")));

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => keygen.SendAsync(TestClients.Get("/licenses")));

        Assert.Contains("circuit", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, Server.Requests.Count);
    }

    private static void FastRetries(HttpStandardResilienceOptions options) => options.Retry.Delay = TimeSpan.FromMilliseconds(10);

    private ServiceProvider WithResilience(Action<HttpStandardResilienceOptions>? configure = null) =>
        KeygenServices.Build(KeygenServices.Settings(Server), services => services.AddKeygen().AddKeygenResilience(options =>
        {
            FastRetries(options);
            configure?.Invoke(options);
        }));
}
