using System.Collections.Generic;
using System.Linq;
using Keygen.Acceptance.Running;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// <c>sidekiq should have N "webhook" jobs</c> (<c>worker_steps.rb</c>), mapped onto what the emulator records: a
/// request-log job per request log, an event-log (and an event-notification) job per event log, a webhook job per
/// webhook event, an initialize-billing job per account signed up, each counted from what the scenario's requests
/// made. Mailer jobs are the emails in the emulator's outboxes. Other workers (heartbeat monitors, Slack, …) have no
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

        // Keygen queues one event-notification job beside each event-log job: both are per broadcast event.
        ["event-notification"] = "event-logs",

        // Keygen Cloud queues one for each account made (Billable); the emulator subscribes a new account at once.
        ["initialize-billing"] = HttpExchanges.Accounts,
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
        // Keygen looks for a queued mailer job naming the mailer's action ("password reset": password_reset) among
        // every job the scenario queued; the emulator keeps those emails in its accounts' outboxes.
        steps.Add(Family, @"the (?:account|user) should (not )?receive an? ""([^""]*)"" email", (world, args) =>
        {
            var kind = args[2].Replace(' ', '_').Replace('-', '_');
            var received = world.Data.Mails.Any(m => m.Kind == kind);
            var expected = args.Optional(1) is null;
            Expect.True(received == expected, $"{(received ? "a" : "no")} {kind} email", $"the emulator's outboxes hold: {string.Join(", ", world.Data.Mails.Select(m => m.Kind))}");
        });
    }
}
