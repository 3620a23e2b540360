using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KeygenGen.Generator.Tests.Infrastructure;

/// <summary>
/// A user's project as the package sets it up, with the strictest settings a user may choose: the SDK's schema
/// passed as reference files, the user's own <c>*.keygen.json</c> files, compiled against the real KeygenGen.dll
/// with Nullable on, every warning wave, XML documentation checked (GenerateDocumentationFile) and every warning
/// counted as an error (TreatWarningsAsErrors).
/// </summary>
internal static class ConsumerBuild
{
    /// <summary>Parse options of a project with GenerateDocumentationFile: doc comments are checked.</summary>
    public static CSharpParseOptions ParseOptions { get; } = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() => Basic.Reference.Assemblies.Net100.References.All
        .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => Path.GetFileName(path) is "KeygenGen.dll" || Path.GetFileName(path).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)))
        .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<AdditionalText>> s_referenceFiles = new(GeneratorHarness.RepositorySchemaFiles);

    /// <summary>Runs the generator over the user's schema files and compiles its output with the user's code.</summary>
    /// <param name="schemaFiles">(file name, text) of each of the user's schema files.</param>
    public static ConsumerBuildResult Run(IEnumerable<(string Name, string Text)> schemaFiles, params string[] code)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            code.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, $"/consumer/Code{i}.cs")),
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                // Binding-redirect notes the .NET SDK also silences by default (NoWarn 1701;1702).
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
        var files = schemaFiles.Select(f => (AdditionalText)new InMemoryAdditionalText("/consumer/" + f.Name, f.Text)).ToList();
        var driver = CSharpGeneratorDriver.Create(
            [new KeygenClientGenerator().AsSourceGenerator()],
            [.. files, .. s_referenceFiles.Value],
            ParseOptions,
            new SchemaMetadataOptionsProvider(s_referenceFiles.Value.Select(f => f.Path).ToHashSet(StringComparer.Ordinal)));
        var run = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics).GetRunResult();
        return new ConsumerBuildResult(run, generatorDiagnostics, output);
    }

    public static ConsumerBuildResult Run(string fileName, string schema, params string[] code) => Run([(fileName, schema)], code);
}

/// <param name="GeneratorDiagnostics">What the generator reported (KGEN…), and CS8785 if it threw.</param>
/// <param name="Output">The user's compilation with the generated sources added.</param>
internal sealed record ConsumerBuildResult(GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> GeneratorDiagnostics, Compilation Output)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Run.Results.Single().GeneratedSources;

    /// <summary>Every error and warning of the compilation: with TreatWarningsAsErrors, each fails the build.</summary>
    public IReadOnlyList<Diagnostic> CompileProblems
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Take(30).Select(d => d.ToString()));
}
