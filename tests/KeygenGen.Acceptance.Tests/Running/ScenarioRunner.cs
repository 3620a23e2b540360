using System;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Keygen.Acceptance.Steps;
using Keygen.Acceptance.Suite;

namespace Keygen.Acceptance.Running;

/// <summary>Replays one scenario on a freshly reset emulator, step by step, stopping at the first step that does not pass.</summary>
internal static partial class ScenarioRunner
{
    public static async Task<ScenarioResult> RunAsync(ReplayScenario scenario, EmulatorWorker worker, StepLibrary steps)
    {
        var started = Stopwatch.GetTimestamp();
        worker.Reset(scenario.Tags);
        var world = new ScenarioWorld(scenario, worker);
        foreach (var step in scenario.Steps)
        {
            if (steps.Find(step) is not { } found)
            {
                return Result(Outcome.UnknownStep, step, null, "unknown step: " + Normalize(step.Text), null, "no step definition matches \"" + step.Text + "\"");
            }

            try
            {
                await found.Definition.Handler(world, found.Arguments);
            }
            catch (StepFailedException failure)
            {
                return Result(Outcome.Failed, step, found.Definition.Family, failure.Cause, failure.Pattern, failure.Message);
            }
            catch (StepUnsupportedException unsupported)
            {
                return Result(Outcome.Unsupported, step, found.Definition.Family, "unsupported: " + unsupported.Reason, null, unsupported.Reason);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                var message = error.GetType().Name + ": " + error.Message;
                return Result(Outcome.Error, step, found.Definition.Family, "error: " + Normalize(FirstLine(message)), null, message);
            }
        }

        return Result(Outcome.Passed, null, null, null, null, null);

        ScenarioResult Result(Outcome outcome, ReplayStep? step, string? family, string? cause, string? pattern, string? detail) =>
            new(scenario, outcome, step?.ToString(), family, cause, pattern ?? cause, detail, world.Http.All, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>A message without the ids (and, unless <paramref name="keepQuoted"/>, quoted values) that would keep alike failures apart.</summary>
    public static string Normalize(string text, bool keepQuoted = false)
    {
        var withoutIds = Secret().Replace(Time().Replace(Uuid().Replace(text, "<id>"), "<time>"), "<value>");
        var shown = keepQuoted ? withoutIds : Quoted().Replace(withoutIds, "\"…\"");
        return shown.Length <= 140 ? shown : shown[..140] + "…";
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z| UTC|[+-]\d\d:?\d\d)?|\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT")]
    private static partial Regex Time();

    /// <summary>Keys, tokens, fingerprints and other generated values: long runs of letters and digits that hold a digit.</summary>
    [GeneratedRegex(@"\b(?=[\w:+/=-]*\d)(?=[\w:+/=-]*[A-Za-z])[\w:+/=-]{16,}")]
    private static partial Regex Secret();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();
}
