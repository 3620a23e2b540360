using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>
/// Runs fuzz cases on every core, each from its own seed (so the order of execution changes nothing), under a
/// deadline: a case that hangs fails the run with its seed instead of hanging the test run. The deadline is a hang
/// guard, minutes above the expected time, so that a busy build machine does not fail the run.
/// </summary>
internal static class FuzzRun
{
    /// <returns>The results in seed order, and how the run went: its wall-clock time and the CPU time of the process meanwhile.</returns>
    public static (IReadOnlyList<T> Results, string Timing) Execute<T>(IReadOnlyList<int> seeds, Func<int, T> check, TimeSpan deadline)
    {
        var running = new ConcurrentDictionary<int, bool>();
        var results = new T[seeds.Count];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var work = Task.Run(() => Parallel.For(0, seeds.Count, i =>
        {
            running[seeds[i]] = true;
            results[i] = check(seeds[i]);
            running.TryRemove(seeds[i], out _);
        }));

        if (!work.Wait(deadline))
        {
            throw new TimeoutException($"The fuzz run did not finish within {deadline}; still running: seeds {string.Join(", ", running.Keys.Order())}.");
        }

        var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return (results, $"{seeds.Count} cases in {stopwatch.Elapsed.TotalSeconds:0.0} s ({cpuTime.TotalSeconds:0.0} s CPU in this process meanwhile, {Environment.ProcessorCount} cores)");
    }
}
