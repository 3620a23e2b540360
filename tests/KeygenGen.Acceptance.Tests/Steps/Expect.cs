using System.Text.Json.Nodes;
using Keygen.Acceptance.Json;

namespace Keygen.Acceptance.Steps;

/// <summary>Expectations that fail a step with a groupable cause and a detailed message.</summary>
internal static class Expect
{
    public static void True(bool condition, string cause, string detail)
    {
        if (!condition)
        {
            throw new StepFailedException(cause, detail);
        }
    }

    /// <summary>Fails when <paramref name="difference"/> (a <see cref="JsonMatch"/> result) is not null.</summary>
    public static void Matches(string? difference, string what)
    {
        if (difference is not null)
        {
            throw new StepFailedException(what + ": " + Groupable(difference), difference);
        }
    }

    /// <summary>The resource type of <c>data</c> is the expected one (Keygen's steps pluralize the name they are given).</summary>
    public static void Type(JsonObject data, string name)
    {
        var expected = Names.Pluralize(name);
        var actual = data["type"]?.GetValue<string>();
        True(actual == expected, $"data is {actual}, expected {expected}", $"data.type is \"{actual}\", expected \"{expected}\"");
    }

    /// <summary>
    /// A difference reduced to what groups alike failures: where, and what the suite expects there (a value the
    /// suite wrote, so stable), without the value the emulator gave (which may hold ids or times).
    /// </summary>
    private static string Groupable(string difference)
    {
        var expected = difference.IndexOf(", expected ", System.StringComparison.Ordinal);
        var isAt = difference.IndexOf(" is ", System.StringComparison.Ordinal);
        if (expected >= 0 && isAt >= 0 && isAt < expected)
        {
            return Running.ScenarioRunner.Normalize($"{difference[..isAt]} should be {difference[(expected + ", expected ".Length)..]}", keepQuoted: true);
        }

        var note = difference.IndexOf(" (", System.StringComparison.Ordinal);
        return Running.ScenarioRunner.Normalize(note < 0 ? difference : difference[..note]);
    }
}
