using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.AspNetCore;

/// <summary>
/// The default <see cref="IKeygenWebhookStore"/>: handled tokens in memory, for one process. Tokens are forgotten after
/// <see cref="Retention"/> (by then Keygen has stopped retrying), and a claim lapses after <see cref="ClaimTimeout"/>.
/// </summary>
public sealed class InMemoryKeygenWebhookStore : IKeygenWebhookStore
{
    /// <summary>Keygen retries a failed delivery 15 times over about three days.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(4);

    /// <summary>Keygen stops waiting for an answer after 15 seconds; a handler still busy long after that has hung.</summary>
    public static readonly TimeSpan DefaultClaimTimeout = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _tokens = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private long _nextSweep;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock for retention and claim timeouts; the system clock by default.</param>
    public InMemoryKeygenWebhookStore(TimeProvider? timeProvider = null)
    {
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long a handled token is remembered.</summary>
    public TimeSpan Retention { get; init; } = DefaultRetention;

    /// <summary>How long a claim holds before another delivery may take it over.</summary>
    public TimeSpan ClaimTimeout { get; init; } = DefaultClaimTimeout;

    /// <summary>The number of tokens held (claimed or handled).</summary>
    public int Count => _tokens.Count;

    /// <inheritdoc />
    public ValueTask<KeygenWebhookClaim> TryClaimAsync(string idempotencyToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idempotencyToken);
        var now = _clock.GetUtcNow();
        Sweep(now);
        var claim = new Entry(handled: false, now);
        while (true)
        {
            if (_tokens.TryAdd(idempotencyToken, claim))
            {
                return new(KeygenWebhookClaim.Claimed);
            }

            if (!_tokens.TryGetValue(idempotencyToken, out var held))
            {
                continue;
            }

            if (held.Handled)
            {
                return new(KeygenWebhookClaim.Handled);
            }

            if (now - held.At < ClaimTimeout)
            {
                return new(KeygenWebhookClaim.InProgress);
            }

            // A lapsed claim: take it over, unless another delivery just did.
            if (_tokens.TryUpdate(idempotencyToken, claim, held))
            {
                return new(KeygenWebhookClaim.Claimed);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string idempotencyToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idempotencyToken);
        _tokens[idempotencyToken] = new Entry(handled: true, _clock.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string idempotencyToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idempotencyToken);
        if (_tokens.TryGetValue(idempotencyToken, out var held) && !held.Handled)
        {
            _tokens.TryRemove(new(idempotencyToken, held));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Drops expired tokens, at most once per minute of the store's clock, so memory stays bounded by the traffic of <see cref="Retention"/>.</summary>
    private void Sweep(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweep, now.UtcTicks + TimeSpan.TicksPerMinute, due) != due)
        {
            return;
        }

        foreach (var (token, entry) in _tokens)
        {
            if (now - entry.At >= Retention)
            {
                _tokens.TryRemove(new(token, entry));
            }
        }
    }

    /// <summary>A class, not a record: the dictionary's compare-and-swap must tell two claims made at the same instant apart.</summary>
    private sealed class Entry(bool handled, DateTimeOffset at)
    {
        public bool Handled { get; } = handled;

        public DateTimeOffset At { get; } = at;
    }
}
