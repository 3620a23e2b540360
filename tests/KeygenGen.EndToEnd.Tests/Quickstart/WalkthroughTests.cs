using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
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
        "Checked out a license file (aes-256-gcm+ed25519,",
        "Verified and decrypted it offline: issued ",
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

        var printed = new WalkthroughOutput(output.ToString());
        printed.AssertSteps(ExpectedSteps);
        Assert.Contains("Every response below is checked against the account's Ed25519 signature.", printed.Lines);
        Assert.Equal("Done: the whole lifecycle went through the SDK.", printed.LastLine);
        Assert.Equal(3, printed.Lines.Count(line => line.StartsWith("      - ", StringComparison.Ordinal)));
        Assert.Single(printed.Lines, line => Regex.IsMatch(line, @"^      license [0-9a-f-]{36} \(ACTIVE\), policy Studio Pro$"));
        Assert.Matches(@"with key \S{6}…\S{2} \(ACTIVE\)$", printed.Steps[2]); // the secret key is never printed whole

        // It cleaned up after itself: nothing it created is left.
        Assert.Empty(await backend.Client.Products.ListAsync().ToListAsync(timeout.Token));
        Assert.Empty(await backend.Client.Licenses.ListAsync().ToListAsync(timeout.Token));
    }
}
