using System;
using System.Net.Http;

namespace Keygen.Http;

/// <summary>
/// Decides whether to re-send a call and how long to wait first. Re-sent: 429 (always: a throttled request was not
/// processed), 502/503/504, timeouts and broken connections, but only when re-sending cannot repeat a side effect: the request
/// never left (connection refused, DNS, TLS) or its method is idempotent. Waits honour <c>Retry-After</c>, else use capped
/// exponential backoff with jitter.
/// </summary>
internal sealed class KeygenRetryPolicy
{
    private readonly KeygenRetryOptions _options;
    private readonly Func<double> _random;

    /// <param name="options">The retry settings.</param>
    /// <param name="random">A source of numbers in [0, 1) for jitter; tests pass a fixed one.</param>
    public KeygenRetryPolicy(KeygenRetryOptions options, Func<double>? random = null)
    {
        _options = options;
        _random = random ?? Random.Shared.NextDouble;
    }

    public int MaxRetries => _options.MaxRetries;

    /// <summary>Whether to re-send after <paramref name="attempt"/>, given <paramref name="retriesSoFar"/> re-sends already made.</summary>
    public KeygenRetryDecision Decide(KeygenAttempt attempt, HttpMethod method, int retriesSoFar)
    {
        if (retriesSoFar >= _options.MaxRetries)
        {
            return KeygenRetryDecision.Stop;
        }

        if (attempt.Response is not { } response)
        {
            return !attempt.MayHaveReachedServer || KeygenResendRules.IsIdempotent(method)
                ? KeygenRetryDecision.After(Backoff(retriesSoFar), attempt.Fault ?? "transport fault")
                : KeygenRetryDecision.Stop;
        }

        if (!KeygenResendRules.MayResend(response.StatusCode, method))
        {
            return KeygenRetryDecision.Stop;
        }

        TimeSpan wait = response.RateLimit?.RetryAfter ?? Backoff(retriesSoFar);
        return wait > _options.MaxRetryAfter
            ? KeygenRetryDecision.Stop
            : KeygenRetryDecision.After(wait, $"{response.StatusCode} {response.ReasonPhrase}");
    }

    /// <summary>Exponential from <see cref="KeygenRetryOptions.InitialDelay"/>, capped at <see cref="KeygenRetryOptions.MaxDelay"/>, then scaled into [50 %, 100 %) so clients spread out.</summary>
    private TimeSpan Backoff(int retriesSoFar)
    {
        double exponential = _options.InitialDelay.TotalMilliseconds * Math.Pow(2, retriesSoFar);
        double capped = Math.Min(exponential, _options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * _random())));
    }
}

/// <summary>Whether to re-send a call, after how long, and why (for logs and traces).</summary>
internal readonly record struct KeygenRetryDecision(bool Retry, TimeSpan Delay, string Reason)
{
    public static KeygenRetryDecision Stop => default;

    public static KeygenRetryDecision After(TimeSpan delay, string reason) => new(true, delay, reason);
}
