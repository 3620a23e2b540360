using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Quickstart;
using Xunit;

namespace Keygen.EndToEnd.Tests.Quickstart;

/// <summary>The README's main command, run in-process against the emulator: it completes and prints each step of the lifecycle.</summary>
public sealed class WalkthroughTests
{
    private static readonly string[] ExpectedSteps =
    [
        "Created product Quickstart Studio",
        "Created policy Studio Pro: up to 2 machines, check-in every 30 days",
        "Created license",
        "Validated the key for this machine: not valid, NO_MACHINES",
        "Activated this machine",
        "Validated the key for this machine: valid, VALID",
        "Checked in at",
        "Suspended the license (SUSPENDED)",
        "Validated the key for this machine: not valid, SUSPENDED",
        "Reinstated the license (ACTIVE)",
        "Listed the product's 3 licenses, two per page",
        "Cleaned up: deactivated the machine, deleted the licenses, policy and product",
    ];

    [Fact]
    public async Task The_walkthrough_completes_and_prints_each_step_in_order()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var output = new StringWriter();
        await using var backend = await Backend.StartEmulatorAsync(timeout.Token);

        await new Walkthrough(backend, output).RunAsync(timeout.Token);

        var lines = output.ToString().Split(Environment.NewLine);
        var steps = lines.Select(line => Regex.Match(line, @"^\s*(\d+)\. (.*)$")).Where(m => m.Success).ToList();
        Assert.Equal(Enumerable.Range(1, ExpectedSteps.Length).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), steps.Select(m => m.Groups[1].Value));
        Assert.All(ExpectedSteps.Zip(steps), pair => Assert.StartsWith(pair.First, pair.Second.Groups[2].Value, StringComparison.Ordinal));
        Assert.Contains("Every response below is checked against the account's Ed25519 signature.", lines);
        Assert.Equal("Done: the whole lifecycle went through the SDK.", lines.Last(line => line.Length > 0));
        Assert.Equal(3, lines.Count(line => line.StartsWith("      - ", StringComparison.Ordinal)));
        Assert.Matches(@"with key \S{6}…\S{2} \(ACTIVE\)$", steps[2].Value); // the secret key is never printed whole

        // It cleaned up after itself: nothing it created is left.
        Assert.Empty(await backend.Client.Products.ListAsync().ToListAsync(timeout.Token));
        Assert.Empty(await backend.Client.Licenses.ListAsync().ToListAsync(timeout.Token));
    }
}
