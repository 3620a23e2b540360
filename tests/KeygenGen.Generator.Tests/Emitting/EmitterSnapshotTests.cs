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

    [Fact]
    public void A_consumer_extension_emits_only_its_own_declarations_and_extends_existing_groups()
    {
        var showcase = Path.Combine(RepositoryPaths.TestProjectDirectory, "Emitting", "showcase.keygen.json");
        var extension = Path.Combine(RepositoryPaths.TestProjectDirectory, "Emitting", "extension.keygen.json");
        var result = GeneratorHarness.CreateDriver(
                [new InMemoryAdditionalText(extension, File.ReadAllText(extension))],
                referenceFiles: [new InMemoryAdditionalText(showcase, File.ReadAllText(showcase))])
            .RunGenerators(GeneratorHarness.CreateCompilation())
            .GetRunResult();

        Assert.Empty(result.Diagnostics);
        var hintNames = result.Results[0].GeneratedSources.Select(s => s.HintName).ToList();
        Assert.DoesNotContain("Models.Widget.g.cs", hintNames);
        Assert.DoesNotContain("Clients.WidgetsClient.g.cs", hintNames);
        Snapshots.Verify("Extension", result.Results[0].GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }
}
