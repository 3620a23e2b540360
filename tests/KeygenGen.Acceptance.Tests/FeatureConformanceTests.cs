using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Acceptance.Ratchet;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Suite;
using Xunit;
using Xunit.Abstractions;

namespace Keygen.Acceptance;

/// <summary>
/// The ratchet, feature by feature: every scenario of a feature that the committed list says passes still passes.
/// Scenarios that pass but are not listed yet are reported, so the list can grow (see <see cref="RatchetList"/>).
/// </summary>
public sealed class FeatureConformanceTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Features() =>
        FeatureReader.ReadAll(SuiteLocator.Root, SuiteLocator.FeaturesDirectory).Select(s => s.Feature).Distinct().Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Features))]
    public async Task No_listed_scenario_of_the_feature_fails(string feature)
    {
        var run = await ReplayRun.Shared;
        var ratchet = RatchetList.Load();
        var results = run.Results.Where(r => r.Scenario.Feature == feature).ToList();
        var regressions = results.Where(r => !r.Passed && ratchet.Contains(r.Scenario.Id)).ToList();
        var newlyPassing = results.Where(r => r.Passed && !ratchet.Contains(r.Scenario.Id)).ToList();
        foreach (var result in newlyPassing)
        {
            output.WriteLine($"newly passing (not in {RatchetList.RelativePath} yet): {result.Scenario.Id}");
        }

        Assert.True(regressions.Count == 0, $"{regressions.Count} scenario(s) of {feature} that passed before fail now:\n"
            + string.Join("\n", regressions.Select(r => $"- {r.Scenario.Id} (line {r.Scenario.Line}): {r.Summary}")));
    }
}
