using System;
using System.Threading.Tasks;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>Consumer/Plain: a project without schema files of its own gets the SDK and pays nothing for the generator.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PlainConsumerTests(PackagesFixture packages)
{
    [Fact]
    public async Task A_consumer_without_schema_files_builds_and_gets_nothing_generated()
    {
        var consumer = packages.CopyConsumers("plain");

        var build = await consumer.BuildAsync("Plain");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(consumer.GeneratedFiles("Plain"));
        // Nor was the SDK's schema handed to the generator (it is only when the project has a schema file of its own).
        Assert.DoesNotContain("KeygenSchemaRole", consumer.AnalyzerConfig("Plain", "net10.0"), StringComparison.Ordinal);
    }
}
