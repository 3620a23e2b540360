using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Acceptance.Ratchet;
using Keygen.Acceptance.Report;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Suite;
using Xunit;
using Xunit.Abstractions;

namespace Keygen.Acceptance;

/// <summary>
/// <c>docs/conformance.md</c>, the ratchet list and the README's headline are what this replay makes.
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
        ResultsFile.WriteIfRequested(run);
        output.WriteLine($"Replayed {run.Results.Count} scenarios on {run.Workers} workers in {run.Elapsed.TotalSeconds:0.0} s; "
            + $"{run.Results.Sum(r => r.Elapsed.TotalMilliseconds) / Math.Max(1, run.Results.Count):0.0} ms per scenario.");
        var report = ConformanceReport.Render(run, ExchangeChecks.NotYetMeasured);
        var files = new[]
        {
            (Path: ConformanceReport.RelativePath, Text: report),
            (Path: RatchetList.RelativePath, Text: RatchetList.Render(run.Results.Where(r => r.Passed).Select(r => r.Scenario.Id))),
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
