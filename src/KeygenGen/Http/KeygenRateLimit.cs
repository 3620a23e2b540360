using System;
using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;

namespace Keygen.Http;

/// <summary>
/// Keygen's rate-limit state from the <c>X-RateLimit-*</c> and <c>Retry-After</c> headers of one response. Keygen sends them
/// when a throttle applies (always on a 429), so a client can slow down before it is throttled.
/// </summary>
public sealed class KeygenRateLimit
{
    private KeygenRateLimit(string? window, int? count, int? limit, int? remaining, DateTimeOffset? reset, TimeSpan? retryAfter)
    {
        Window = window;
        Count = count;
        Limit = limit;
        Remaining = remaining;
        Reset = reset;
        RetryAfter = retryAfter;
    }

    /// <summary>The throttle's window, e.g. <c>1s</c>, <c>1m</c>, <c>auth</c> (<c>X-RateLimit-Window</c>).</summary>
    public string? Window { get; }

    /// <summary>Requests counted in the current window (<c>X-RateLimit-Count</c>).</summary>
    public int? Count { get; }

    /// <summary>Requests allowed per window (<c>X-RateLimit-Limit</c>).</summary>
    public int? Limit { get; }

    /// <summary>Requests left in the current window (<c>X-RateLimit-Remaining</c>).</summary>
    public int? Remaining { get; }

    /// <summary>When the window resets, UTC (<c>X-RateLimit-Reset</c>, epoch seconds).</summary>
    public DateTimeOffset? Reset { get; }

    /// <summary>How long to wait before retrying, from <c>Retry-After</c> (seconds or an HTTP date) relative to when the response arrived.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Reads the rate-limit headers, or returns <see langword="null"/> when the response carries none.</summary>
    internal static KeygenRateLimit? FromHeaders(HttpResponseHeaders headers, DateTimeOffset receivedAt)
    {
        string? window = Header(headers, "X-RateLimit-Window");
        int? count = Integer(headers, "X-RateLimit-Count");
        int? limit = Integer(headers, "X-RateLimit-Limit");
        int? remaining = Integer(headers, "X-RateLimit-Remaining");
        long? resetSeconds = Header(headers, "X-RateLimit-Reset") is { } reset
            && long.TryParse(reset, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) ? seconds : null;
        TimeSpan? retryAfter = RetryAfterFrom(headers.RetryAfter, receivedAt);
        if (window is null && count is null && limit is null && remaining is null && resetSeconds is null && retryAfter is null)
        {
            return null;
        }

        DateTimeOffset? resetAt = resetSeconds is { } s && s <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(s)
            : null;
        return new KeygenRateLimit(window, count, limit, remaining, resetAt, retryAfter);
    }

    /// <summary>Describes the rate-limit state.</summary>
    public override string ToString()
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        string text = $"window {Window ?? "?"}: {Remaining?.ToString(invariant) ?? "?"} of {Limit?.ToString(invariant) ?? "?"} left, " +
            $"resets {Reset?.ToString("u", invariant) ?? "?"}";
        return RetryAfter is { } wait ? text + ", retry after " + wait.TotalSeconds.ToString("0.###", invariant) + " s" : text;
    }

    private static TimeSpan? RetryAfterFrom(RetryConditionHeaderValue? value, DateTimeOffset receivedAt)
    {
        if (value?.Delta is { } delta)
        {
            return delta;
        }

        if (value?.Date is { } date)
        {
            TimeSpan wait = date - receivedAt;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static int? Integer(HttpResponseHeaders headers, string name) =>
        int.TryParse(Header(headers, name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;
}
