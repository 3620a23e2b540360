using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Keygen.Acceptance.Running;

namespace Keygen.Acceptance.Sdk;

/// <summary>
/// The SDK's checks over the replay's exchanges (issue #12, item 6), for every request that matches a schema operation by
/// method and path template: each 2xx JSON:API document is read by that operation's generated client (readable), and
/// each request of a scenario that expects 2xx can be written with that operation's typed request (expressible).
/// </summary>
internal sealed partial class ExchangeChecks
{
    private static readonly Lazy<Task<ExchangeChecks>> SharedChecks = new(() => Task.Run(async () => await RunAsync(await ReplayRun.Shared)));

    private ExchangeChecks(IReadOnlyList<SdkCheck> all, int unmatched, int otherVersion, TimeSpan elapsed, TimeSpan processorTime)
    {
        All = all;
        Unmatched = unmatched;
        OtherVersion = otherVersion;
        Elapsed = elapsed;
        ProcessorTime = processorTime;
    }

    /// <summary>The checks of this test process's replay, made once.</summary>
    public static Task<ExchangeChecks> Shared => SharedChecks.Value;

    /// <summary>Every check, in replay order.</summary>
    public IReadOnlyList<SdkCheck> All { get; }

    /// <summary>Requests that match no schema operation (so neither check applies).</summary>
    public int Unmatched { get; }

    /// <summary>
    /// Requests of scenarios that pin another API version than the SDK's (<c>I use API version "1.0"</c>): the SDK always
    /// sends <c>Keygen-Version: 1.8</c>, so Keygen never answers it in another version's shape nor reads its requests by
    /// another version's rules. Neither check applies.
    /// </summary>
    public int OtherVersion { get; }

    /// <summary>The wall time the checks took, after the replay.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The processor time the test process spent meanwhile (all cores): the checks' cost, near enough.</summary>
    public TimeSpan ProcessorTime { get; }

    public IEnumerable<SdkCheck> Of(SdkCheckKind kind) => All.Where(c => c.Kind == kind);

    public int Readable => Of(SdkCheckKind.Readable).Count(c => c.Passed);

    public int ReadableTotal => Of(SdkCheckKind.Readable).Count();

    /// <summary>Expressible checks whose every member the typed request sends.</summary>
    public int Expressible => Of(SdkCheckKind.Expressible).Count(c => c.Passed && !c.PassedByException);

    /// <summary>Expressible checks that pass only by deliberate exceptions.</summary>
    public int ExpressibleByException => Of(SdkCheckKind.Expressible).Count(c => c.PassedByException);

    public int ExpressibleTotal => Of(SdkCheckKind.Expressible).Count();

    public static async Task<ExchangeChecks> RunAsync(ReplayRun run)
    {
        var started = Stopwatch.GetTimestamp();
        var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var plan = SdkPlan.Shared;
        var exceptions = DeliberateExceptions.Shared;
        var otherVersion = run.Results.Where(r => !AtSdkVersion(r)).Sum(r => r.Exchanges.Count);
        var exchanges = run.Results
            .Where(AtSdkVersion)
            .SelectMany(result => result.Exchanges.Select((exchange, index) => (Result: result, Exchange: exchange, Request: index + 1)))
            .ToList();
        var checks = new IReadOnlyList<SdkCheck>[exchanges.Count];
        var unmatched = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, exchanges.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (index, _) =>
            {
                var (result, exchange, request) = exchanges[index];
                if (plan.Match(exchange.Method, exchange.Path) is not { } match)
                {
                    System.Threading.Interlocked.Increment(ref unmatched);
                    checks[index] = [];
                    return;
                }

                var found = new List<SdkCheck>(2);
                if (IsDocument(exchange))
                {
                    found.Add(await ReadAsync(result, exchange, request, match, plan));
                }

                if (ExpectsSuccess(result))
                {
                    var operation = match.Method.OperationId;
                    var misses = Expressibility.MissesOf(match, exchange.Query, exchange.RequestBody, plan).ToLookup(m => exceptions.Excepts(operation, m));
                    found.Add(new SdkCheck(SdkCheckKind.Expressible, result, request, operation, null, misses[false].ToList(), misses[true].ToList()));
                }

                checks[index] = found;
            });
        return new ExchangeChecks(checks.SelectMany(c => c).ToList(), unmatched, otherVersion,
            Stopwatch.GetElapsedTime(started), Process.GetCurrentProcess().TotalProcessorTime - processorBefore);
    }

    private static bool IsDocument(ExchangeRecord exchange) =>
        exchange.Status is >= 200 and <= 299
        && !string.IsNullOrWhiteSpace(exchange.ResponseBody)
        && exchange.ResponseHeaders.TryGetValue("Content-Type", out var type) && type.Contains("json", StringComparison.OrdinalIgnoreCase);

    private static async Task<SdkCheck> ReadAsync(ScenarioResult result, ExchangeRecord exchange, int request, OperationMatch match, SdkPlan plan)
    {
        string? failure = null;
        try
        {
            await GeneratedCall.InvokeAsync(match, new ReplayedResponseHandler(exchange.Status, exchange.ResponseHeaders, exchange.ResponseBody));
        }
        catch (KeygenException e)
        {
            failure = e.Message;
        }

        return new SdkCheck(SdkCheckKind.Readable, result, request, match.Method.OperationId, failure,
            UnknownMembers.Of(exchange.ResponseBody, match.Method, plan), []);
    }

    /// <summary>Whether every status the scenario expects is a 2xx (and it expects one): Keygen accepts its requests.</summary>
    private static bool ExpectsSuccess(ScenarioResult result)
    {
        var expected = result.Scenario.Steps.Select(s => StatusStep().Match(s.Text)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        return expected.Count > 0 && expected.All(status => status is >= 200 and <= 299);
    }

    private static bool AtSdkVersion(ScenarioResult result) => result.Scenario.Steps
        .Select(s => VersionStep().Match(s.Text))
        .All(m => !m.Success || m.Groups[1].Value == KeygenClientOptions.DefaultApiVersion);

    [GeneratedRegex(@"^I use API version ""([^""]*)""$")]
    private static partial Regex VersionStep();

    [GeneratedRegex(@"^the response status should (?:contain|be) ""(\d+)""$")]
    private static partial Regex StatusStep();
}
