using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Acceptance.Scope;
using Keygen.Acceptance.Steps;
using Keygen.Acceptance.Suite;

namespace Keygen.Acceptance.Running;

/// <summary>
/// One replay of the whole suite, made once per test run and shared by every test that reads it: each in-scope
/// scenario on a reset in-process emulator, on as many workers as there are cores.
/// </summary>
internal sealed class ReplayRun
{
    private static readonly Lazy<Task<ReplayRun>> SharedRun = new(() => Task.Run(RunAsync));

    private ReplayRun(IReadOnlyList<ReplayScenario> scenarios, ScopeList scope, IReadOnlyList<ScenarioResult> results, TimeSpan elapsed, int workers)
    {
        Scenarios = scenarios;
        Scope = scope;
        Results = results;
        ResultsById = results.ToDictionary(r => r.Scenario.Id, StringComparer.Ordinal);
        Elapsed = elapsed;
        Workers = workers;
    }

    /// <summary>The run of this test process, started by the first test that asks.</summary>
    public static Task<ReplayRun> Shared => SharedRun.Value;

    /// <summary>Every scenario of <c>features/api/v1</c>, in scope or not.</summary>
    public IReadOnlyList<ReplayScenario> Scenarios { get; }

    public ScopeList Scope { get; }

    /// <summary>The result of every in-scope scenario, in suite order.</summary>
    public IReadOnlyList<ScenarioResult> Results { get; }

    public IReadOnlyDictionary<string, ScenarioResult> ResultsById { get; }

    public TimeSpan Elapsed { get; }

    public int Workers { get; }

    private static async Task<ReplayRun> RunAsync()
    {
        var scenarios = FeatureReader.ReadAll(SuiteLocator.Root, SuiteLocator.FeaturesDirectory);
        var scope = ScopeList.Load();
        // REPLAY_ONLY (a part of scenario ids) replays just those, to work on a few; the report is then incomplete.
        var only = Environment.GetEnvironmentVariable("REPLAY_ONLY");
        var inScope = scenarios.Where(s => scope.ReasonFor(s) is null && (only is null || s.Id.Contains(only, StringComparison.Ordinal))).ToList();
        var workers = Environment.ProcessorCount;
        var results = new ScenarioResult[inScope.Count];
        var pool = new ConcurrentBag<EmulatorWorker>();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, inScope.Count),
                new ParallelOptions { MaxDegreeOfParallelism = workers },
                async (index, _) =>
                {
                    var worker = pool.TryTake(out var idle) ? idle : await EmulatorWorker.StartAsync();
                    try
                    {
                        results[index] = await ScenarioRunner.RunAsync(inScope[index], worker, StepLibrary.Default);
                    }
                    finally
                    {
                        pool.Add(worker);
                    }
                });
        }
        finally
        {
            foreach (var worker in pool)
            {
                await worker.DisposeAsync();
            }
        }

        return new ReplayRun(scenarios, scope, results, Stopwatch.GetElapsedTime(started), workers);
    }
}
