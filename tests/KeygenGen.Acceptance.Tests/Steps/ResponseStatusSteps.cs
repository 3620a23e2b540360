using System;
using System.Linq;

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
            if (last.Status != expected)
            {
                var outcome = $"as {Actor(world)}: status {last.Status}, expected {expected}{ErrorCode(last)}";
                throw new StepFailedException($"{Route(last)} {outcome}", $"{last.Method} {last.Target} answered {last.Status}: {Shorten(last.Body)}", outcome);
            }
        });
        steps.Add(Family, @"the response status should not (?:contain|be) ""([^""]*)""", (world, args) =>
        {
            var last = world.Http.Last;
            Expect.True(last.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) != args[1], $"status {last.Status}, expected another", $"{last.Method} {last.Target} answered {last.Status}");
        });
    }

    /// <summary>The request's route, ids and the account left out: <c>GET /licenses/{id}/actions/validate</c>.</summary>
    private static string Route(Running.LastResponse last)
    {
        var path = last.Target.Split('?')[0].Split('/', System.StringSplitOptions.RemoveEmptyEntries);
        var segments = path.Length > 2 && path[1] == "accounts" ? path[3..] : path.Skip(1).ToArray();
        return last.Method + " /" + string.Join('/', segments.Select(s => Guid.TryParse(s, out _) || s.Length >= 20 ? "{id}" : s));
    }

    /// <summary>Who sent the request: <c>anonymous</c>, the bearer's role (<c>admin</c>, <c>product</c>, …), or <c>credentials</c> for a bearer the scenario did not name.</summary>
    private static string Actor(Running.ScenarioWorld world)
    {
        if (!world.Headers.ContainsKey("Authorization"))
        {
            return "anonymous";
        }

        if (world.Bearer is not { } bearer)
        {
            return "credentials";
        }

        return bearer.Type == "users" ? bearer["role"]?.GetValue<string>() ?? "user" : Names.Singular(bearer.Type);
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
