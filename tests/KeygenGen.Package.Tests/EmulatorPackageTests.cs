using System;
using System.Threading.Tasks;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>KeygenGen.Emulator as users get it: a package whose emulator their own test project starts in-process.</summary>
[Collection(PackagesCollection.Name)]
public sealed class EmulatorPackageTests(PackagesFixture packages)
{
    [Fact]
    public void The_emulator_package_holds_the_library_its_readme_and_the_AspNetCore_framework_reference()
    {
        var emulator = packages.Emulator;

        Assert.Equal(packages.Keygen.Version, emulator.Version);
        Assert.Contains("lib/net10.0/KeygenGen.Emulator.dll", emulator.Files);
        Assert.Contains("lib/net10.0/KeygenGen.Emulator.xml", emulator.Files);
        Assert.Equal("README.md", emulator.Value("readme"));
        Assert.Contains("KeygenEmulator.StartAsync", emulator.Value("description"), StringComparison.Ordinal);
        Assert.Equal(["Microsoft.AspNetCore.App"], emulator.FrameworkReferences);
    }

    [Fact]
    public async Task A_test_project_starts_the_packaged_emulator_and_licenses_through_the_SDK()
    {
        var consumer = packages.CopyConsumers("testing");

        var run = await consumer.BuildAndRunAsync("Testing");

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(["before: NO_MACHINE", "after: VALID"], run.Lines);
    }
}
