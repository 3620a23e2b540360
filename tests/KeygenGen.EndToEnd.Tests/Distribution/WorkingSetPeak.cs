using System;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Distribution;

/// <summary>
/// Measures how far the process's working set (its resident memory) rises above where it stood at the start, sampling it
/// every few milliseconds until disposed: the peak growth while a transfer runs.
/// </summary>
internal sealed class WorkingSetPeak : IAsyncDisposable
{
    private readonly long _baseline;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public WorkingSetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _baseline = _peak = Environment.WorkingSet;
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>The highest working set seen, less the baseline.</summary>
    public long Growth { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Growth = Math.Max(_peak, Environment.WorkingSet) - _baseline;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                _peak = Math.Max(_peak, Environment.WorkingSet);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
