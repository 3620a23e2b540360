using System;
using System.Linq;
using System.Threading.Tasks;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>KeygenGen.AspNetCore as users get it: a package whose endpoint receives the packaged emulator's webhooks, typed.</summary>
[Collection(PackagesCollection.Name)]
public sealed class AspNetCorePackageTests(PackagesFixture packages)
{
    private static readonly string[] Frameworks = ["net8.0", "net10.0"];

    [Fact]
    public void The_package_holds_the_library_for_both_frameworks_its_readme_and_the_AspNetCore_framework_reference()
    {
        var package = packages.AspNetCore;

        Assert.All(Frameworks, framework => Assert.Contains($"lib/{framework}/KeygenGen.AspNetCore.dll", package.Files));
        Assert.All(Frameworks, framework => Assert.Contains($"lib/{framework}/KeygenGen.AspNetCore.xml", package.Files));
        Assert.Equal("README.md", package.Value("readme"));
        Assert.Contains("MapKeygenWebhooks", package.Value("description"), StringComparison.Ordinal);
        Assert.Equal(["Microsoft.AspNetCore.App"], package.FrameworkReferences);
        Assert.Equal(Frameworks.Order(), package.Dependencies.Keys.Order());
        Assert.All(package.Dependencies.Values, group => Assert.Equal([("KeygenGen", packages.Keygen.Version)], group));
    }

    [Fact]
    public async Task A_backend_receives_the_emulators_webhook_through_the_packaged_endpoint()
    {
        var consumer = packages.CopyConsumers("webhooks");

        var run = await consumer.BuildAndRunAsync("Webhooks");

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(["license.created: DELIVERED 200 handled", "handled the license: True"], run.Lines);
    }
}
