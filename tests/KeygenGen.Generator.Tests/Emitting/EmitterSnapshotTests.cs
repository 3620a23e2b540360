using System.IO;
using System.Linq;
using KeygenGen.Generator.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Generator.Tests.Emitting;

/// <summary>
/// Every file the generator emits for the showcase schema (one example of every shape the format has) is compared
/// with its reviewed snapshot in Emitting/Snapshots/. See <see cref="Snapshots"/> for the update switch.
/// </summary>
public sealed class EmitterSnapshotTests
{
    [Fact]
    public void Showcase_schema_output_matches_the_snapshots()
    {
        var path = Path.Combine(RepositoryPaths.TestProjectDirectory, "Emitting", "showcase.keygen.json");
        var result = GeneratorHarness.Run(new InMemoryAdditionalText(path, File.ReadAllText(path)));

        Assert.Empty(result.Diagnostics);
        Snapshots.Verify("Showcase", result.Results[0].GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }
}
