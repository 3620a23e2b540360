using System;

namespace Keygen;

/// <summary>
/// When and how long <see cref="KeygenClient"/> waits before re-sending a failed call.
/// Retried: 429 (honouring <c>Retry-After</c>), 502/503/504, timeouts and connection failures, with capped, jittered
/// exponential backoff. A request whose side effect may already have happened (a POST that reached the server) is never re-sent.
/// </summary>
public sealed class KeygenRetryOptions
{
    /// <summary>How many times a call may be re-sent after its first attempt; 0 disables retries. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The backoff before the first retry; each later retry doubles it, up to <see cref="MaxDelay"/>. Default 0.5 s.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff between two attempts. Default 10 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest <c>Retry-After</c> the client is willing to wait for. A longer one (e.g. the hourly password-reset throttle)
    /// fails the call at once with the 429, whose <see cref="Http.KeygenRateLimit"/> says when to try again. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Options that disable retries.</summary>
    public static KeygenRetryOptions Disabled => new() { MaxRetries = 0 };

    internal KeygenRetryOptions Copy() => new()
    {
        MaxRetries = MaxRetries,
        InitialDelay = InitialDelay,
        MaxDelay = MaxDelay,
        MaxRetryAfter = MaxRetryAfter,
    };

    /// <summary>Describes the retry settings.</summary>
    public override string ToString() =>
        $"MaxRetries = {MaxRetries}, InitialDelay = {InitialDelay}, MaxDelay = {MaxDelay}, MaxRetryAfter = {MaxRetryAfter}";
}
