using System;
using System.IO;
using System.Linq;
using Keygen.Acceptance.Ratchet;
using Keygen.Acceptance.Scope;
using Keygen.Acceptance.Sdk;
using Keygen.Acceptance.Suite;
using Xunit;

namespace Keygen.Acceptance;

/// <summary>The committed scope and ratchet lists are well formed and name only what the suite has.</summary>
public sealed class ScopeAndRatchetTests
{
    private static readonly Lazy<System.Collections.Generic.IReadOnlyList<ReplayScenario>> Scenarios =
        new(() => FeatureReader.ReadAll(SuiteLocator.Root, SuiteLocator.FeaturesDirectory));

    [Fact]
    public void Every_scope_rule_has_a_reason_and_selects_a_scenario_no_earlier_rule_took()
    {
        var scope = ScopeList.Load();
        foreach (var rule in scope.Rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Reason), $"{ScopeList.RelativePath}:{rule.Line} has no reason.");
            Assert.True(Scenarios.Value.Any(s => scope.Rules.First(r => r.Selects(s) || r == rule) == rule && rule.Selects(s)),
                $"{ScopeList.RelativePath}:{rule.Line} ({rule.Selector}) selects no scenario that an earlier rule does not already.");
        }
    }

    [Fact]
    public void Every_deliberate_exception_names_an_operation_a_member_and_a_reason_once()
    {
        Assert.NotEmpty(DeliberateExceptions.Shared.All);
        Assert.Throws<FormatException>(() => DeliberateExceptions.Parse(["users.list\tquery active"]));
        Assert.Throws<FormatException>(() => DeliberateExceptions.Parse(["users.list\tquery active\tAn alias.", "users.list\tquery active\tTwice."]));
    }

    [Fact]
    public void At_least_5000_scenarios_are_in_scope()
    {
        var scope = ScopeList.Load();
        var inScope = Scenarios.Value.Count(s => scope.ReasonFor(s) is null);
        Assert.True(inScope >= 5000, $"Only {inScope} of {Scenarios.Value.Count} scenarios are in scope.");
    }

    [Fact]
    public void Scenario_ids_are_unique()
    {
        var duplicates = Scenarios.Value.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void The_ratchet_is_sorted_and_lists_in_scope_scenarios_of_the_suite_once()
    {
        var lines = File.ReadAllLines(Repository.PathOf(RatchetList.RelativePath));
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
        var scope = ScopeList.Load();
        var inScope = Scenarios.Value.Where(s => scope.ReasonFor(s) is null).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = lines.Where(id => !inScope.Contains(id)).ToList();
        Assert.True(unknown.Count == 0, "Ratchet ids that name no in-scope scenario:\n" + string.Join("\n", unknown.Take(20)));
    }
}
