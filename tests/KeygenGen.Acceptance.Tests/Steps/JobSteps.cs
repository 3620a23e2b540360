using System.Collections.Generic;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// <c>sidekiq should have N "webhook" jobs</c> (<c>worker_steps.rb</c>), mapped onto what the emulator records: a
/// request-log job per request log, an event-log job per event log, a webhook job per webhook event, each counted
/// from what the scenario's requests made. Other workers (mailers, billing, heartbeat monitors, Slack) have no
/// counterpart in the emulator, so their steps are unsupported.
/// </summary>
internal static class JobSteps
{
    private const string Family = "jobs";

    private static readonly Dictionary<string, string> Recorded = new()
    {
        ["request-log"] = "request-logs",
        ["event-log"] = "event-logs",
        ["webhook"] = "webhook-events",
    };

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, @"sidekiq should (?:have|process) (\d+) ""([^""]*)"" jobs?(?: queued in ([.\d]+ \w+))?", (world, args) =>
        {
            if (!Recorded.TryGetValue(args[2], out var kind) || args.Optional(3) is not null)
            {
                throw new StepUnsupportedException($"the emulator has no {args[2]} jobs{(args.Optional(3) is null ? string.Empty : " scheduled for later")}");
            }

            var count = world.Http.Recorded(kind);
            Expect.True(count == args.Int(1), $"{count} {args[2]} jobs, expected {args[1]}", $"the scenario's requests recorded {count} {kind}");
        });
        steps.Add(Family, @"the (?:account|user) should (?:not )?receive an? ""([^""]*)"" email", (_, args) =>
            throw new StepUnsupportedException("the emulator sends no emails"));
    }
}
