using System;
using System.Collections.Generic;
using Keygen.Acceptance.Suite;

namespace Keygen.Acceptance.Running;

/// <summary>How a scenario ended.</summary>
internal enum Outcome
{
    Passed,

    /// <summary>An expectation of a step did not hold.</summary>
    Failed,

    /// <summary>A step no step family knows.</summary>
    UnknownStep,

    /// <summary>A step the emulator cannot play (see <see cref="Steps.StepUnsupportedException"/>).</summary>
    Unsupported,

    /// <summary>A step threw (seeding an attribute the emulator lacks, a placeholder naming nothing, …).</summary>
    Error,
}

/// <summary>The result of replaying one scenario.</summary>
/// <param name="FailedStep">The first step that did not pass (its text as written), null when it passed.</param>
/// <param name="Cause">A short reason that groups alike failures (no ids or times), null when it passed.</param>
/// <param name="Pattern">The cause without the route it names, grouping more widely; null when it passed.</param>
/// <param name="Detail">The full reason, null when it passed.</param>
/// <param name="Exchanges">Every request the scenario sent, with the emulator's answer.</param>
internal sealed record ScenarioResult(
    ReplayScenario Scenario,
    Outcome Outcome,
    string? FailedStep,
    string? Family,
    string? Cause,
    string? Pattern,
    string? Detail,
    IReadOnlyList<ExchangeRecord> Exchanges,
    TimeSpan Elapsed)
{
    public bool Passed => Outcome == Outcome.Passed;

    /// <summary>One line for a report: where it failed and why.</summary>
    public string Summary => Passed ? "passed" : $"{Outcome} at step \"{FailedStep}\": {Detail}";
}
