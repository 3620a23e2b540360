using System;
using System.Collections.Concurrent;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// Keygen's general throttle (<c>req/ip/1m</c>): a fixed one-minute window per account, client IP and credential.
/// Exceeding the limit answers 429 TOO_MANY_REQUESTS with <c>Retry-After</c>.
/// </summary>
internal sealed class RateLimiter
{
    private const int PeriodSeconds = 60;
    private readonly ConcurrentDictionary<string, Window> _windows = new();
    private readonly int _limit;
    private readonly TimeProvider _clock;

    public RateLimiter(int limitPerMinute, TimeProvider clock)
    {
        _limit = limitPerMinute;
        _clock = clock;
    }

    public RateLimitState Hit(string key)
    {
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var index = now / PeriodSeconds;
        var window = _windows.GetOrAdd(key, _ => new Window());
        int count;
        lock (window)
        {
            if (window.Index != index)
            {
                window.Index = index;
                window.Count = 0;
            }

            count = ++window.Count;
        }

        var retryAfter = PeriodSeconds - (int)(now % PeriodSeconds);
        return new RateLimitState("1m", count, _limit, now + retryAfter, retryAfter);
    }

    /// <summary>Forgets every window, as after a quiet minute (an emulator reset).</summary>
    public void Clear() => _windows.Clear();

    private sealed class Window
    {
        public long Index { get; set; } = -1;

        public int Count { get; set; }
    }
}
