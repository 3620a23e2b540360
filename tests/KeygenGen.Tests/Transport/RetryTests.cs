using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>Retries over real HTTP: what is re-sent, what never is, and how long the client waits (on a fake clock).</summary>
public sealed class RetryTests : KeygenServerTest
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly InMemoryLogger _logger = new();

    protected override TimeProvider ServerClock => _clock;

    [Fact]
    public async Task Gateway_errors_on_a_get_are_retried_until_success()
    {
        Server.Enqueue(Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down"), Replies.Body(502, "text/html", "<html>bad gateway</html>"), Replies.Empty(504));
        Server.Fallback = Replies.Json(200, """{"data":{"id":"l1"}}""");
        using KeygenClient client = TestClients.Client(Server);

        KeygenResponse response = await client.SendAsync(TestClients.Get("/licenses/l1"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(4, Server.Requests.Count);
    }

    [Theory]
    [InlineData("GET", 500, 1)]
    [InlineData("POST", 503, 1)]
    [InlineData("POST", 502, 1)]
    [InlineData("GET", 503, 4)]
    public async Task Errors_that_are_not_retried_or_outlast_the_retries_surface_as_api_exceptions(string method, int status, int expectedRequests)
    {
        Server.Fallback = Replies.Error(status, "SERVER_ERROR", "Server error", "down");
        using KeygenClient client = TestClients.Client(Server);
        KeygenRequest request = method == "GET" ? TestClients.Get("/machines") : TestClients.Post("/machines", "{}");

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => client.SendAsync(request));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(expectedRequests, Server.Requests.Count);
    }

    [Fact]
    public async Task Disabled_retries_send_once()
    {
        Server.Fallback = Replies.Error(429, "TOO_MANY_REQUESTS", "Too many requests", "slow down", null, ("Retry-After", "0"));
        using KeygenClient client = TestClients.Client(Server, o => o.Retry = KeygenRetryOptions.Disabled);

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => client.SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_429_waits_for_retry_after_in_seconds_even_for_a_post()
    {
        Server.Enqueue(Replies.Error(429, "TOO_MANY_REQUESTS", "Too many requests", "Throttled", null, ("Retry-After", "7"), ("X-RateLimit-Remaining", "0")));
        using KeygenClient client = FakeTimeClient();

        Task<KeygenResponse> call = client.SendAsync(TestClients.Post("/machines", """{"data":{"type":"machines"}}"""));
        await _logger.WaitForAsync("retrying in 7000 ms");
        await AssertNoSecondRequestAfterAsync(TimeSpan.FromSeconds(6.9));
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        KeygenResponse response = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Equal(Server.Requests[0].BodyText, Server.Requests[1].BodyText);
        Assert.True(Server.Requests[1].ReceivedAt - Server.Requests[0].ReceivedAt >= TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_429_waits_until_a_retry_after_http_date()
    {
        Reply throttled = (context, request) =>
            Replies.Error(429, "TOO_MANY_REQUESTS", "Too many requests", "Throttled", null, ("Retry-After", _clock.GetUtcNow().AddSeconds(12).ToString("R")))(context, request);
        Server.Enqueue(throttled);
        using KeygenClient client = FakeTimeClient();

        Task<KeygenResponse> call = client.SendAsync(TestClients.Get("/licenses"));
        await _logger.WaitForAsync("retrying in 12000 ms");
        await AssertNoSecondRequestAfterAsync(TimeSpan.FromSeconds(11.5));
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Start.AddSeconds(12), Server.Requests[1].ReceivedAt);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_limit_fails_at_once_with_the_rate_limit()
    {
        Server.Fallback = Replies.Error(429, "TOO_MANY_REQUESTS", "Too many requests", "Throttled", null,
            ("Retry-After", "3600"), ("X-RateLimit-Window", "rstpwd"), ("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"));
        using KeygenClient client = FakeTimeClient();

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => client.SendAsync(TestClients.Post("/passwords", "{}")));

        Assert.Single(Server.Requests);
        Assert.Equal("TOO_MANY_REQUESTS", error.Code);
        Assert.Equal(TimeSpan.FromHours(1), error.RateLimit!.RetryAfter);
        Assert.Equal("rstpwd", error.RateLimit.Window);
        Assert.Contains("rate limiting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backoff_waits_run_on_the_injected_clock()
    {
        Server.Enqueue(Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down"));
        using KeygenClient client = FakeTimeClient(o => o.Retry = new KeygenRetryOptions { InitialDelay = TimeSpan.FromSeconds(4), MaxDelay = TimeSpan.FromSeconds(4) });

        Task<KeygenResponse> call = client.SendAsync(TestClients.Get("/licenses"));
        await _logger.WaitForAsync("retrying in");
        await AssertNoSecondRequestAfterAsync(TimeSpan.FromSeconds(1.9));
        _clock.Advance(TimeSpan.FromSeconds(2.1));
        await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_post_cut_off_mid_body_is_never_sent_twice()
    {
        Server.Enqueue(Replies.CutOff("""{"data":{"id":""", announced: 4096));
        using KeygenClient client = TestClients.Client(Server);

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => client.SendAsync(TestClients.Post("/machines", "{}")));

        Assert.False(error.Timeout);
        Assert.Contains("broke while reading the response", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 attempt", error.Message, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_post_whose_connection_resets_before_the_answer_is_never_sent_twice()
    {
        Server.Enqueue(Replies.Reset());
        using KeygenClient client = TestClients.Client(Server);

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => client.SendAsync(TestClients.Post("/machines", "{}")));

        Assert.Contains("reset", error.Message, StringComparison.OrdinalIgnoreCase);
        await Task.Delay(200);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_get_cut_off_mid_body_is_retried()
    {
        Server.Enqueue(Replies.CutOff("""{"data":[{"id":""", announced: 4096));
        Server.Fallback = Replies.Json(200, """{"data":[]}""");
        using KeygenClient client = TestClients.Client(Server);

        KeygenResponse response = await client.SendAsync(TestClients.Get("/licenses"));

        Assert.Equal("""{"data":[]}""", response.BodyAsString());
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_even_for_a_post_because_nothing_was_sent()
    {
        int attempts = 0;
        using KeygenClient client = new(new KeygenClientOptions
        {
            Account = "acme",
            BaseUrl = new Uri($"http://127.0.0.1:{ClosedPort.Find()}"),
            Token = Sentinels.Token,
            Retry = new KeygenRetryOptions { MaxRetries = 2, InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) },
            AdditionalHandlers = { () => new CountingHandler(() => Interlocked.Increment(ref attempts)) },
        });

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => client.SendAsync(TestClients.Post("/machines", "{}")));

        Assert.Equal(3, attempts);
        Assert.False(error.Timeout);
        Assert.Contains("Could not connect to 127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_timed_out_post_is_not_retried_and_a_timed_out_get_is()
    {
        Server.Fallback = Replies.Stall(Server.Stopping);
        using KeygenClient client = TestClients.Client(Server, o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(300);
            o.Retry.MaxRetries = 1;
        });

        var post = await Assert.ThrowsAsync<KeygenTransportException>(() => client.SendAsync(TestClients.Post("/machines", "{}")));
        int afterPost = Server.Requests.Count;
        var get = await Assert.ThrowsAsync<KeygenTransportException>(() => client.SendAsync(TestClients.Get("/machines")));

        Assert.True(post.Timeout);
        Assert.True(get.Timeout);
        Assert.Contains("did not answer within 0.3 s (KeygenClientOptions.Timeout)", post.Message, StringComparison.Ordinal);
        Assert.Equal(1, afterPost);
        Assert.Equal(3, Server.Requests.Count);
    }

    private KeygenClient FakeTimeClient(Action<KeygenClientOptions>? configure = null) => TestClients.Client(Server, o =>
    {
        o.TimeProvider = _clock;
        o.Logger = _logger;
        o.Retry = new KeygenRetryOptions { MaxRetries = 3, InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(8) };
        configure?.Invoke(o);
    });

    /// <summary>Advances the fake clock and gives the client real time to (wrongly) send again.</summary>
    private async Task AssertNoSecondRequestAfterAsync(TimeSpan advance)
    {
        _clock.Advance(advance);
        await Task.Delay(150);
        Assert.Single(Server.Requests);
    }

    private sealed class CountingHandler(Action count) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            count();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
