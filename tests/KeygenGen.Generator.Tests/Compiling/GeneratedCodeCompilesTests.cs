using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KeygenGen.Generator.Tests.Compiling;

/// <summary>
/// The code generated from the repository's schema, compiled together with the hand-written runtime it calls,
/// with nullable on and every warning wave: zero warnings, zero errors.
/// </summary>
public sealed class GeneratedCodeCompilesTests
{
    [Fact]
    public void Code_generated_from_the_repository_schema_compiles_with_zero_warnings()
    {
        var runtimeDirectory = Path.Combine(RepositoryPaths.Root, "src", "KeygenGen");
        var runtimeTrees = Directory.GetFiles(runtimeDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => IsNet10Source(runtimeDirectory, path))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), GeneratorHarness.ParseOptions, path))
            .ToList();
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
                .Where(path => Path.GetFileName(path) is var name
                    && (name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("BouncyCastle", StringComparison.Ordinal)))
                .Select(path => MetadataReference.CreateFromFile(path)))
            .ToList();
        var compilation = GeneratorHarness.CreateCompilation(runtimeTrees, references)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                // As KeygenGen.csproj compiles it (AllowUnsafeBlocks: a memory-mapped file is verified in place).
                .WithAllowUnsafe(true)
                // Binding-redirect notes the .NET SDK also silences by default (NoWarn 1701;1702).
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

        var frameworkGenerators = typeof(GeneratedCodeCompilesTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == "SourceGenerator")
            .SelectMany(a => new AnalyzerFileReference(a.Value!, new LoadFromAnalyzerAssemblyLoader()).GetGenerators(LanguageNames.CSharp))
            .ToList();
        Assert.Equal(2, frameworkGenerators.Count);

        GeneratorHarness.CreateDriver(GeneratorHarness.RepositorySchemaFiles(), frameworkGenerators)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.True(output.SyntaxTrees.Count() > runtimeTrees.Count, "The generator produced no code.");
        var problems = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    /// <summary>
    /// What the net10.0 build compiles: not build output, not the netstandard2.0/net462 implementations (<c>*.Legacy.cs</c>),
    /// not what the package adds to consumers' projects (<c>buildTransitive/</c>).
    /// </summary>
    private static bool IsNet10Source(string projectDirectory, string path)
    {
        var relative = Path.GetRelativePath(projectDirectory, path).Replace('\\', '/');
        return !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal)
            && !relative.StartsWith("buildTransitive/", StringComparison.Ordinal) && !relative.EndsWith(".Legacy.cs", StringComparison.Ordinal);
    }

    private sealed class LoadFromAnalyzerAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
