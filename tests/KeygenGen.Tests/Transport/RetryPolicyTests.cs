using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using Keygen.Http;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>The retry decision table and the backoff curve, without the network.</summary>
public sealed class RetryPolicyTests
{
    private static readonly KeygenRetryOptions Options = new()
    {
        MaxRetries = 5,
        InitialDelay = TimeSpan.FromMilliseconds(100),
        MaxDelay = TimeSpan.FromMilliseconds(300),
        MaxRetryAfter = TimeSpan.FromSeconds(60),
    };

    private static KeygenAttempt Answered(int status, HttpMethod method, string? retryAfter = null)
    {
        var message = new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = new HttpRequestMessage(method, "http://127.0.0.1/") };
        if (retryAfter is not null)
        {
            message.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return KeygenAttempt.Received(new KeygenResponse(message, [], "http://127.0.0.1/", "op", DateTimeOffset.UnixEpoch));
    }

    private static KeygenAttempt Broken(bool mayHaveReachedServer) =>
        KeygenAttempt.Failed("broken", new HttpRequestException("broken"), timedOut: false, mayHaveReachedServer);

    [Theory]
    [InlineData(429, "POST", true)]
    [InlineData(429, "GET", true)]
    [InlineData(502, "GET", true)]
    [InlineData(503, "DELETE", true)]
    [InlineData(504, "PATCH", true)]
    [InlineData(503, "PUT", true)]
    [InlineData(502, "POST", false)]
    [InlineData(503, "POST", false)]
    [InlineData(504, "POST", false)]
    [InlineData(500, "GET", false)]
    [InlineData(400, "GET", false)]
    [InlineData(422, "POST", false)]
    public void Statuses_are_retried_only_where_no_side_effect_can_repeat(int status, string method, bool retried)
    {
        var policy = new KeygenRetryPolicy(Options, () => 0.5);

        Assert.Equal(retried, policy.Decide(Answered(status, new HttpMethod(method)), new HttpMethod(method), 0).Retry);
    }

    [Theory]
    [InlineData(false, "POST", true)]
    [InlineData(true, "POST", false)]
    [InlineData(true, "GET", true)]
    [InlineData(true, "DELETE", true)]
    public void Faults_are_retried_when_the_request_never_left_or_is_idempotent(bool mayHaveReachedServer, string method, bool retried)
    {
        var policy = new KeygenRetryPolicy(Options, () => 0.5);

        Assert.Equal(retried, policy.Decide(Broken(mayHaveReachedServer), new HttpMethod(method), 0).Retry);
    }

    [Fact]
    public void Backoff_doubles_is_capped_and_jittered_between_half_and_full()
    {
        var low = new KeygenRetryPolicy(Options, () => 0.0);
        var high = new KeygenRetryPolicy(Options, () => 0.999999);

        double[] lows = Enumerable.Range(0, 4).Select(n => low.Decide(Broken(false), HttpMethod.Get, n).Delay.TotalMilliseconds).ToArray();
        double[] highs = Enumerable.Range(0, 4).Select(n => high.Decide(Broken(false), HttpMethod.Get, n).Delay.TotalMilliseconds).ToArray();

        Assert.Equal([50, 100, 150, 150], lows);
        Assert.Equal([100, 200, 300, 300], highs.Select(h => Math.Round(h)));
    }

    [Fact]
    public void Retry_after_wins_over_backoff_and_too_long_waits_are_not_taken()
    {
        var policy = new KeygenRetryPolicy(Options, () => 0.5);

        Assert.Equal(TimeSpan.FromSeconds(7), policy.Decide(Answered(429, HttpMethod.Post, "7"), HttpMethod.Post, 0).Delay);
        Assert.Equal(TimeSpan.FromSeconds(30), policy.Decide(Answered(503, HttpMethod.Get, "30"), HttpMethod.Get, 0).Delay);
        Assert.False(policy.Decide(Answered(429, HttpMethod.Get, "3600"), HttpMethod.Get, 0).Retry);
    }

    [Fact]
    public void No_retry_once_the_budget_is_spent()
    {
        var policy = new KeygenRetryPolicy(Options, () => 0.5);

        Assert.True(policy.Decide(Answered(503, HttpMethod.Get), HttpMethod.Get, 4).Retry);
        Assert.False(policy.Decide(Answered(503, HttpMethod.Get), HttpMethod.Get, 5).Retry);
        Assert.False(new KeygenRetryPolicy(KeygenRetryOptions.Disabled).Decide(Answered(429, HttpMethod.Get), HttpMethod.Get, 0).Retry);
    }
}
