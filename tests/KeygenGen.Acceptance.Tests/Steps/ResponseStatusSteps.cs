using Keygen.Acceptance.Json;

namespace Keygen.Acceptance.Steps;

/// <summary>The response status (<c>the response status should be "200"</c>).</summary>
internal static class ResponseStatusSteps
{
    private const string Family = "status";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, @"the response status should (?:contain|be) ""([^""]*)""", (world, args) =>
        {
            var last = world.Http.Last;
            var expected = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            Expect.True(last.Status == expected, $"status {last.Status}, expected {expected}{ErrorCode(last)}", $"{last.Method} {last.Target} answered {last.Status}: {Shorten(last.Body)}");
        });
        steps.Add(Family, @"the response status should not (?:contain|be) ""([^""]*)""", (world, args) =>
        {
            var last = world.Http.Last;
            Expect.True(last.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) != args[1], $"status {last.Status}, expected another", $"{last.Method} {last.Target} answered {last.Status}");
        });
    }

    /// <summary>The first error code of an error answer, which tells most failures of a status apart.</summary>
    private static string ErrorCode(Running.LastResponse last)
    {
        try
        {
            return last.Status >= 400 && last.Json["errors"]?[0]?["code"]?.GetValue<string>() is { } code ? $" ({code})" : string.Empty;
        }
        catch (StepFailedException)
        {
            return string.Empty;
        }
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
