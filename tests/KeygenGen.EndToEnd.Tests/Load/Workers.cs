using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Load;

/// <summary>Runs a numbered batch of calls from a fixed number of concurrent workers.</summary>
internal static class Workers
{
    /// <summary>Calls <paramref name="call"/> for 0 … <paramref name="count"/> − 1, at most <paramref name="workers"/> at a time; returns how long it took.</summary>
    public static async Task<TimeSpan> RunAsync(int count, int workers, Func<int, CancellationToken, ValueTask> call, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
            (index, ct) => call(index, ct));
        return stopwatch.Elapsed;
    }
}
