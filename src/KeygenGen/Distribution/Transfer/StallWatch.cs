using System;
using System.Threading;

namespace Keygen.Distribution;

/// <summary>
/// Cancels a transfer that stops moving for <see cref="KeygenClientOptions.Timeout"/>: unlike a call to Keygen, a transfer of
/// a large artifact may rightly take far longer than that in total, so the clock restarts whenever bytes move.
/// </summary>
internal sealed class StallWatch : IDisposable
{
    private readonly CancellationTokenSource _stalled = new();
    private readonly CancellationTokenSource _linked;
    // A timer of the provider's own, re-armed by Change, rather than CancelAfter on a source made from the provider: on
    // .NET Framework and .NET Standard, CancelAfter would restart the clock on the system's timer, not the provider's.
    private readonly ITimer _clock;
    private readonly TimeSpan _timeout;

    public StallWatch(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _timeout = timeout;
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stalled.Token);
        _clock = timeProvider.CreateTimer(static state => CancelQuietly((CancellationTokenSource)state!), _stalled, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Rearm();
    }

    /// <summary>Cancelled by the caller or by a stall.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>Whether the transfer was cut off for standing still (rather than cancelled by the caller).</summary>
    public bool Stalled => _stalled.IsCancellationRequested;

    /// <summary>Restarts the clock: bytes moved.</summary>
    public void Rearm()
    {
        if (_timeout != Timeout.InfiniteTimeSpan)
        {
            _clock.Change(_timeout, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        _clock.Dispose();
        _linked.Dispose();
        _stalled.Dispose();
    }

    private static void CancelQuietly(CancellationTokenSource stalled)
    {
        try
        {
            stalled.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The timer fired while the transfer was already over and disposing the watch.
        }
    }
}
