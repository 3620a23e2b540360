using System.IO;
using System.Threading.Tasks;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>
/// Consumer/Legacy: a user's .NET Standard 2.0 and .NET Framework 4.6.2 library with the same schema entry as Billing/.
/// The generated code must compile there with zero warnings (the project treats warnings as errors); .ci/mono-check runs
/// such code on Mono (Consumer/MonoSmoke).
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class LegacyConsumerTests(PackagesFixture packages)
{
    [Fact]
    public async Task The_extension_compiles_for_netstandard2_0_and_net462()
    {
        var consumer = packages.CopyConsumers("legacy");
        var build = await consumer.BuildAsync("Legacy");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal(BillingSchemaOutput.GeneratedFiles, consumer.GeneratedFiles("Legacy"));
        Assert.All(new[] { "netstandard2.0", "net462" }, framework =>
            Assert.True(File.Exists(consumer.PathOf("Legacy", "bin", "Debug", framework, "Legacy.dll")), $"No {framework} build.\n{build}"));
    }
}
