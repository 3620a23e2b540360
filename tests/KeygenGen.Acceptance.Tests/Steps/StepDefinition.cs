using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Suite;

namespace Keygen.Acceptance.Steps;

/// <summary>What a step handler receives: the regex groups of its text, and the step's doc string or data table.</summary>
internal sealed class StepArguments(Match match, ReplayStep step)
{
    public ReplayStep Step { get; } = step;

    /// <summary>Group <paramref name="index"/> (1-based) of the step's pattern; empty when it did not take part.</summary>
    public string this[int index] => match.Groups[index].Value;

    /// <summary>Group <paramref name="index"/>, or null when it did not take part in the match.</summary>
    public string? Optional(int index) => match.Groups[index].Success ? match.Groups[index].Value : null;

    public int Int(int index) => int.Parse(match.Groups[index].Value, System.Globalization.CultureInfo.InvariantCulture);

    public string DocString => Step.DocString ?? throw new InvalidOperationException($"The step '{Step.Text}' has no doc string.");

    public IReadOnlyList<IReadOnlyList<string>> Table => Step.Table ?? throw new InvalidOperationException($"The step '{Step.Text}' has no data table.");
}

/// <summary>One step pattern of the suite's vocabulary and what it does.</summary>
/// <param name="Family">The step family, e.g. <c>requests</c>, for the report.</param>
/// <param name="Pattern">The whole-text pattern.</param>
/// <param name="Handler">What the step does; it throws <see cref="StepFailedException"/> when an expectation fails.</param>
internal sealed record StepDefinition(string Family, Regex Pattern, Func<ScenarioWorld, StepArguments, Task> Handler);
