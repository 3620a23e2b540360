using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeygenGen.Benchmarks.GeneratorCost;

/// <summary>
/// An older build of the generator, to measure side by side with this one in the same run: the path of its
/// KeygenGen.Generator.dll in <c>KEYGENGEN_BASELINE_GENERATOR</c> (docs/benchmarks.md shows how to build one from an older
/// commit). It is loaded into an assembly load context of its own, so that two builds of the same assembly live in one
/// process; Roslyn, which both reference, is the one already loaded.
/// </summary>
public static class BaselineGenerator
{
    public const string EnvironmentVariable = "KEYGENGEN_BASELINE_GENERATOR";

    /// <summary>The baseline's assembly path, or null when none was given.</summary>
    public static string? AssemblyPath => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : null;

    public static ISourceGenerator Load()
    {
        var path = AssemblyPath ?? throw new InvalidOperationException($"Set {EnvironmentVariable} to the path of an older KeygenGen.Generator.dll.");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{EnvironmentVariable} names '{path}', which does not exist.");
        }

        return new AnalyzerFileReference(Path.GetFullPath(path), new IsolatedLoader()).GetGenerators(LanguageNames.CSharp).Single();
    }

    private sealed class IsolatedLoader : IAnalyzerAssemblyLoader
    {
        // Not collectible: the generator stays loaded for the whole run.
        private readonly AssemblyLoadContext _context = new("KeygenGen baseline generator");

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);
    }
}
