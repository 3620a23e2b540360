using System.Collections.Generic;
using Keygen.Acceptance.Running;

namespace Keygen.Acceptance.Sdk;

/// <summary>The two questions asked of each exchange the replay made.</summary>
internal enum SdkCheckKind
{
    /// <summary>The operation's generated client reads the emulator's 2xx document without error.</summary>
    Readable,

    /// <summary>The operation's typed request can send every query key and body member the scenario sent (it expects 2xx).</summary>
    Expressible,
}

/// <summary>One check of one exchange.</summary>
/// <param name="Request">Which of the scenario's requests, from 1.</param>
/// <param name="Failure">Why the reader failed (readable), or null when it read the document.</param>
/// <param name="Misses">
/// Readable: the members the models have no property for (read past, not kept). Expressible: what the typed request
/// cannot send; the check passes when there are none.
/// </param>
/// <param name="Excepted">Expressible: what the typed request does not send by a deliberate exception (<see cref="DeliberateExceptions"/>).</param>
internal sealed record SdkCheck(
    SdkCheckKind Kind, ScenarioResult Scenario, int Request, string OperationId, string? Failure, IReadOnlyList<string> Misses, IReadOnlyList<string> Excepted)
{
    public bool Passed => Kind == SdkCheckKind.Readable ? Failure is null : Misses.Count == 0;

    /// <summary>An expressible check that passes only by deliberate exceptions.</summary>
    public bool PassedByException => Kind == SdkCheckKind.Expressible && Passed && Excepted.Count > 0;

    /// <summary>Its line in the SDK checks' ratchet: kind, scenario id and request number, tab-separated.</summary>
    public string Id => $"{Kind.ToString().ToLowerInvariant()}\t{Scenario.Scenario.Id}\trequest {Request}";

    /// <summary>One line for a report.</summary>
    public string Summary => Kind == SdkCheckKind.Readable
        ? $"{OperationId} cannot read the answer: {Failure}"
        : $"{OperationId} cannot send: {string.Join(", ", Misses)}";
}
