using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KeygenGen.Generator.Tests.Infrastructure;

/// <summary>Runs the real generator through Roslyn's driver, with step tracking on, over in-memory schema files.</summary>
internal static class GeneratorHarness
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree>? trees = null, IEnumerable<MetadataReference>? references = null)
        => CSharpCompilation.Create(
            "KeygenGen.Consumer",
            trees ?? [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Placeholder { } }", ParseOptions)],
            references ?? Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> schemaFiles,
        IEnumerable<ISourceGenerator>? otherGenerators = null,
        IEnumerable<AdditionalText>? referenceFiles = null)
        => CSharpGeneratorDriver.Create(
            [new KeygenClientGenerator().AsSourceGenerator(), .. otherGenerators ?? []],
            [.. schemaFiles, .. referenceFiles ?? []],
            ParseOptions,
            new SchemaMetadataOptionsProvider(referenceFiles?.Select(f => f.Path).ToHashSet(System.StringComparer.Ordinal)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over the given files and returns what it produced.</summary>
    public static GeneratorDriverRunResult Run(params AdditionalText[] schemaFiles)
        => CreateDriver(schemaFiles).RunGenerators(CreateCompilation()).GetRunResult();

    /// <summary>The repository's own schema files, as the SDK build passes them.</summary>
    public static ImmutableArray<AdditionalText> RepositorySchemaFiles()
        => Directory.GetFiles(RepositoryPaths.SchemaDirectory, "*.json")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToImmutableArray();
}
