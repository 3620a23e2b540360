using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AutoUpdate;
using Keygen.EndToEnd.Tests.Support;
using Keygen.Emulator;
using Xunit;

namespace Keygen.EndToEnd.Tests.AutoUpdate;

/// <summary>The auto-update sample, run in-process against the emulator: it upgrades 1.0.0 to 1.1.0 and refuses the tampered 1.2.0.</summary>
public sealed class AutoUpdateWalkthroughTests
{
    private static readonly string[] ExpectedSteps =
    [
        "Published 1.0.0: studio-1.0.0.bin, 262,157 bytes, checksum ",
        "Published 1.1.0: studio-1.1.0.bin, 262,157 bytes, checksum ",
        "Installed 1.0.0 at ",
        "Checked for an upgrade from 1.0.0: 1.1.0 is available (studio-1.1.0.bin, 262,157 bytes)",
        "Downloaded 1.1.0, checked its size, SHA-512 checksum and Ed25519ph signature, and swapped it in",
        "Restarted: it runs as: Studio 1.1.0",
        "Published 1.2.0, whose file was altered after it was signed",
        "Checked for an upgrade from 1.1.0: 1.2.0 is available (studio-1.2.0.bin, 262,157 bytes)",
        "Refused 1.2.0 (SignatureInvalid): ",
        "The installed app was left alone; it runs as: Studio 1.1.0",
    ];

    [Fact]
    public async Task The_walkthrough_upgrades_and_refuses_the_tampered_release()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var output = new StringWriter();
        await using var emulator = await KeygenEmulator.StartAsync(cancellationToken: timeout.Token);

        await new Walkthrough(emulator, output).RunAsync(timeout.Token);

        var printed = new WalkthroughOutput(output.ToString());
        printed.AssertSteps(ExpectedSteps);
        Assert.EndsWith("it runs as: Studio 1.0.0", printed.Steps[2], StringComparison.Ordinal);
        Assert.Contains(printed.Lines, line => line.Trim() == "262,157 of 262,157 bytes (100 %)");
        Assert.Equal("Done: published, upgraded and refused a tampered upgrade, all through the SDK.", printed.LastLine);

        // Its scratch directory is gone.
        var installed = Regex.Match(printed.Steps[2], "^Installed 1.0.0 at (.*); it runs as").Groups[1].Value;
        Assert.False(Directory.Exists(Path.GetDirectoryName(installed)));
    }
}
