using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Acceptance.Ratchet;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Sdk;
using Keygen.Acceptance.Suite;
using Xunit;
using Xunit.Abstractions;

namespace Keygen.Acceptance;

/// <summary>
/// The ratchet, feature by feature: every scenario of a feature that the committed list says passes still passes.
/// Scenarios that pass but are not listed yet are reported, so the list can grow (see <see cref="RatchetList"/>). The same
/// for the SDK checks of the feature's exchanges: a listed one that fails (an answer the SDK read and no longer reads, a
/// request it could send and no longer can) fails the feature.
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

        var sdkRatchet = RatchetList.Load(RatchetList.SdkChecksPath);
        var checks = (await ExchangeChecks.Shared).All.Where(c => c.Scenario.Scenario.Feature == feature).ToList();
        var sdkRegressions = checks.Where(c => !c.Passed && sdkRatchet.Contains(c.Id)).ToList();
        foreach (var check in checks.Where(c => c.Passed && !sdkRatchet.Contains(c.Id)))
        {
            output.WriteLine($"newly passing SDK check (not in {RatchetList.SdkChecksPath} yet): {check.Id}");
        }

        Assert.True(regressions.Count == 0 && sdkRegressions.Count == 0,
            $"{regressions.Count} scenario(s) and {sdkRegressions.Count} SDK check(s) of {feature} that passed before fail now:\n"
            + string.Join("\n", regressions.Select(r => $"- {r.Scenario.Id} (line {r.Scenario.Line}): {r.Summary}")
                .Concat(sdkRegressions.Select(c => $"- {c.Id.Replace('\t', ' ')}: {c.Summary}"))));
    }
}
