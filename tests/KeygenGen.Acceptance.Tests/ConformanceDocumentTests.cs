using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Acceptance.Ratchet;
using Keygen.Acceptance.Report;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Sdk;
using Keygen.Acceptance.Suite;
using Xunit;
using Xunit.Abstractions;

namespace Keygen.Acceptance;

/// <summary>
/// <c>docs/conformance.md</c>, the ratchet lists and the README's headline are what this replay makes.
/// <c>UPDATE_CONFORMANCE=1</c> rewrites them (never under <c>CI=true</c>); otherwise a difference fails with the command
/// that regenerates them.
/// </summary>
public sealed class ConformanceDocumentTests(ITestOutputHelper output)
{
    private static bool Updating =>
        Environment.GetEnvironmentVariable("UPDATE_CONFORMANCE") == "1" && Environment.GetEnvironmentVariable("CI") != "true";

    [Fact]
    public async Task Committed_report_and_ratchet_are_what_the_replay_makes()
    {
        var run = await ReplayRun.Shared;
        var checks = await ExchangeChecks.Shared;
        ResultsFile.WriteIfRequested(run, checks);
        output.WriteLine($"Replayed {run.Results.Count} scenarios on {run.Workers} workers in {run.Elapsed.TotalSeconds:0.0} s; "
            + $"{run.Results.Sum(r => r.Elapsed.TotalMilliseconds) / Math.Max(1, run.Results.Count):0.0} ms per scenario; "
            + $"SDK checks of {checks.All.Count} exchanges in {checks.Elapsed.TotalSeconds:0.0} s ({checks.ProcessorTime.TotalSeconds:0.0} s of processor time).");
        var report = ConformanceReport.Render(run, checks);
        var files = new[]
        {
            (Path: ConformanceReport.RelativePath, Text: report),
            (Path: RatchetList.RelativePath, Text: RatchetList.Render(run.Results.Where(r => r.Passed).Select(r => r.Scenario.Id))),
            (Path: RatchetList.SdkChecksPath, Text: RatchetList.Render(checks.All.Where(c => c.Passed).Select(c => c.Id))),
            (Path: "README.md", Text: ReadmeHeadline.Apply(File.ReadAllText(Repository.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal), report)),
        };
        if (Updating)
        {
            foreach (var (path, text) in files)
            {
                File.WriteAllText(Repository.PathOf(path), text);
            }

            return;
        }

        foreach (var (path, text) in files)
        {
            var committedPath = Repository.PathOf(path);
            Assert.True(File.Exists(committedPath), $"{path} is missing. Generate it with: {ConformanceReport.Command}");
            var committed = File.ReadAllText(committedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.True(committed == text, $"{path} is stale ({FirstDifference(committed, text)}). Review the replay's results, then regenerate with: {ConformanceReport.Command}");
        }
    }

    [Fact]
    public async Task Every_deliberate_exception_is_of_a_schema_operation_and_still_needed()
    {
        var plan = SdkPlan.Shared;
        var operations = plan.Plan.Clients.SelectMany(c => c.Methods).Select(m => m.OperationId).ToHashSet(StringComparer.Ordinal);
        var excepted = (await ExchangeChecks.Shared).Of(SdkCheckKind.Expressible)
            .SelectMany(c => c.Excepted.Select(member => (c.OperationId, Member: member)))
            .ToHashSet();
        var stale = DeliberateExceptions.Shared.All
            .Where(e => !operations.Contains(e.Operation) || !excepted.Contains((e.Operation, e.Member)))
            .Select(e => $"- {e.Operation} {e.Member}")
            .ToList();
        Assert.True(stale.Count == 0,
            $"{DeliberateExceptions.RelativePath} lists members no request of the replay sends any more (or of no operation); remove them:\n"
            + string.Join("\n", stale));
    }

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i + 1}: committed \"{Cut(a[i])}\", replay \"{Cut(b[i])}\"";
            }
        }

        return $"committed has {a.Length} lines, the replay {b.Length}";
    }

    private static string Cut(string line) => line.Length <= 160 ? line : line[..160] + "…";
}
