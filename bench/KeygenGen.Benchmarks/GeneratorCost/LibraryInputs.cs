using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using KeygenGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Benchmarks.GeneratorCost;

/// <summary>
/// What the compiler has when it builds src/KeygenGen: the runtime's C# sources, the schema files as AdditionalFiles with
/// <c>KeygenSchema=true</c>, the references, and the framework generators the runtime also uses (Regex, LoggerMessage).
/// Read from this repository's working tree.
/// </summary>
public sealed class LibraryInputs
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private LibraryInputs(IReadOnlyList<(string Path, string Text)> runtimeSources, ImmutableArray<AdditionalText> schemaFiles, IReadOnlyList<MetadataReference> references, IReadOnlyList<ISourceGenerator> frameworkGenerators)
    {
        RuntimeSources = runtimeSources;
        SchemaFiles = schemaFiles;
        References = references;
        FrameworkGenerators = frameworkGenerators;
    }

    public IReadOnlyList<(string Path, string Text)> RuntimeSources { get; }

    public ImmutableArray<AdditionalText> SchemaFiles { get; }

    public IReadOnlyList<MetadataReference> References { get; }

    public IReadOnlyList<ISourceGenerator> FrameworkGenerators { get; }

    public static LibraryInputs Load()
    {
        string root = RepositoryRoot();
        string runtime = Path.Combine(root, "src", "KeygenGen");
        var sources = Directory.GetFiles(runtime, "*.cs", SearchOption.AllDirectories)
            .Where(path => IsNet10Source(runtime, path))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
        var schema = Directory.GetFiles(Path.Combine(root, "schema"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new SchemaFile(path, File.ReadAllText(path)))
            .ToImmutableArray();
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
                .Where(path => Path.GetFileName(path) is var name
                    && (name.StartsWith("Microsoft.Extensions.Logging.Abstractions", StringComparison.Ordinal)
                        || name.StartsWith("Microsoft.Extensions.DependencyInjection.Abstractions", StringComparison.Ordinal)
                        || name.StartsWith("BouncyCastle", StringComparison.Ordinal)))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)))
            .ToList();
        var frameworkGenerators = typeof(LibraryInputs).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == "SourceGenerator")
            .SelectMany(a => new AnalyzerFileReference(a.Value!, new LoadFromPathLoader()).GetGenerators(LanguageNames.CSharp))
            .ToList();
        return new LibraryInputs(sources, schema, references, frameworkGenerators);
    }

    /// <summary>A compilation of the runtime sources, parsed now, before any generator ran.</summary>
    public CSharpCompilation CreateRuntimeCompilation() => CreateCompilation(RuntimeSources);

    /// <summary>A compilation of the given sources, parsed now.</summary>
    public CSharpCompilation CreateCompilation(IEnumerable<(string Path, string Text)> sources) => CSharpCompilation.Create(
        "KeygenGen",
        sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path)),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release)
            .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

    /// <summary>A driver holding KeygenGen's generator (and the framework ones when asked), with no cached state.</summary>
    /// <param name="generator">Another build of KeygenGen's generator to run instead of this one (<see cref="BaselineGenerator"/>).</param>
    public GeneratorDriver CreateDriver(bool trackSteps, bool withFrameworkGenerators = false, ISourceGenerator? generator = null) => CSharpGeneratorDriver.Create(
        [generator ?? new KeygenClientGenerator().AsSourceGenerator(), .. withFrameworkGenerators ? FrameworkGenerators : []],
        SchemaFiles,
        ParseOptions,
        new SchemaOptionsProvider(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// An edit a user makes while the IDE runs the generator: one summary in licenses.json (the License resource's), which
    /// changes one generated file.
    /// </summary>
    public (AdditionalText Original, AdditionalText Edited) SummaryEdit()
    {
        const string Summary = "\"summary\": \"A license grants a user access";
        AdditionalText original = SchemaFiles.Single(file => Path.GetFileName(file.Path) == "licenses.json");
        string text = original.GetText()!.ToString();
        if (text.Split(Summary).Length != 2)
        {
            throw new InvalidOperationException("licenses.json no longer has the License summary the edit benchmark changes.");
        }

        return (original, new SchemaFile(original.Path, text.Replace(Summary, Summary.Replace("A license", "Edited. A license", StringComparison.Ordinal), StringComparison.Ordinal)));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KeygenGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KeygenGen.sln was not found above " + AppContext.BaseDirectory + "; run the benchmarks from the repository's build output.");
    }

    /// <summary>
    /// What the net10.0 build compiles: not build output, not the netstandard2.0/net462 implementations (<c>*.Legacy.cs</c>),
    /// not what the package adds to consumers' projects (<c>buildTransitive/</c>).
    /// </summary>
    private static bool IsNet10Source(string projectDirectory, string path)
    {
        string relative = Path.GetRelativePath(projectDirectory, path).Replace('\\', '/');
        return !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal)
            && !relative.StartsWith("buildTransitive/", StringComparison.Ordinal) && !relative.EndsWith(".Legacy.cs", StringComparison.Ordinal);
    }

    private sealed class SchemaFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Gives every additional file <c>KeygenSchema=true</c>, as src/KeygenGen's project does for schema/*.json.</summary>
    private sealed class SchemaOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Schema = new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KeygenSchema"] = "true" });
        private static readonly AnalyzerConfigOptions Empty = new Options([]);

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Schema;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }

    private sealed class LoadFromPathLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
