using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Keygen.Acceptance.Suite;

namespace Keygen.Acceptance.Scope;

/// <summary>
/// What the replay leaves out, and why: <c>Scope/out-of-scope.tsv</c>, one rule per line, <c>selector&lt;TAB&gt;reason</c>.
/// A selector is a tag (<c>@ce</c>), a folder of features (ending in <c>/</c>), a feature file, or one scenario id.
/// Everything no rule selects is in scope and runs.
/// </summary>
internal sealed class ScopeList
{
    public const string RelativePath = "tests/KeygenGen.Acceptance.Tests/Scope/out-of-scope.tsv";

    private ScopeList(IReadOnlyList<ScopeRule> rules) => Rules = rules;

    public IReadOnlyList<ScopeRule> Rules { get; }

    public static ScopeList Load() => Parse(File.ReadAllLines(Repository.PathOf(RelativePath)));

    public static ScopeList Parse(IEnumerable<string> lines)
    {
        var rules = ReasonedList.Rows(lines, RelativePath, "selector<TAB>reason")
            .Select(row => new ScopeRule(row.Columns[0], row.Columns[1], row.Line))
            .ToList();
        return new ScopeList(rules);
    }

    /// <summary>Why the scenario is out of scope (the first rule selecting it); null when it is in scope.</summary>
    public string? ReasonFor(ReplayScenario scenario) => Rules.FirstOrDefault(rule => rule.Selects(scenario))?.Reason;
}

/// <summary>One line of the out-of-scope list.</summary>
internal sealed record ScopeRule(string Selector, string Reason, int Line)
{
    public bool Selects(ReplayScenario scenario) => Selector switch
    {
        _ when Selector.StartsWith('@') => scenario.Tags.Contains(Selector, StringComparer.Ordinal),
        _ when Selector.EndsWith('/') => scenario.Feature.StartsWith(Selector, StringComparison.Ordinal),
        _ when Selector.EndsWith(".feature", StringComparison.Ordinal) => scenario.Feature == Selector,
        _ => scenario.Id == Selector,
    };
}
