using System;
using System.Threading;

namespace Keygen.Distribution;

/// <summary>
/// Cancels a transfer that stops moving for <see cref="KeygenClientOptions.Timeout"/>: unlike a call to Keygen, a transfer of
/// a large artifact may rightly take far longer than that in total, so the clock restarts whenever bytes move.
/// </summary>
internal sealed class StallWatch : IDisposable
{
    private readonly CancellationTokenSource _stalled;
    private readonly CancellationTokenSource _linked;
    private readonly TimeSpan _timeout;

    public StallWatch(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _timeout = timeout;
        _stalled = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stalled.Token);
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
            _stalled.CancelAfter(_timeout);
        }
    }

    public void Dispose()
    {
        _linked.Dispose();
        _stalled.Dispose();
    }
}
