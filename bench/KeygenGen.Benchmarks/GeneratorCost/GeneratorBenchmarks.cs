using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KeygenGen.Benchmarks.GeneratorCost;

/// <summary>
/// What the generator costs a build, against what compiling the library itself costs (the baseline): a cold run over
/// the full schema (a fresh driver: a command-line build), a run after an edit to an unrelated C# file and one after an
/// edit to one schema summary (a driver that has run before: what an IDE does on each keystroke). With
/// <see cref="BaselineGenerator.EnvironmentVariable"/> set, an older build of the generator runs the same benchmarks in the
/// same run, side by side.
/// </summary>
[MonitoringJob]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    public const string ThisBuild = "this build";
    public const string Baseline = "baseline";

    private LibraryInputs _inputs = null!;
    private ISourceGenerator _generator = null!;
    private CSharpCompilation _runtime = null!;
    private CSharpCompilation _editedRuntime = null!;
    private GeneratorDriver _warmDriver = null!;
    private AdditionalText _schemaFile = null!;
    private AdditionalText _editedSchemaFile = null!;
    private List<(string Path, string Text)> _librarySources = null!;

    /// <summary>Which build of the generator runs.</summary>
    [ParamsSource(nameof(Generators))]
    public string Generator { get; set; } = ThisBuild;

    public static IEnumerable<string> Generators() => BaselineGenerator.AssemblyPath is null ? [ThisBuild] : [ThisBuild, Baseline];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = LibraryInputs.Load();
        _generator = Generator == Baseline ? BaselineGenerator.Load() : new KeygenGen.Generator.KeygenClientGenerator().AsSourceGenerator();
        _runtime = _inputs.CreateRuntimeCompilation();
        _warmDriver = _inputs.CreateDriver(trackSteps: false, generator: _generator).RunGenerators(_runtime);
        _editedRuntime = _runtime.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Keygen { internal static class UnrelatedEdit { } }", LibraryInputs.ParseOptions));
        (_schemaFile, _editedSchemaFile) = _inputs.SummaryEdit();

        // The library's full source: the runtime plus everything the generators add to it.
        _inputs.CreateDriver(trackSteps: false, withFrameworkGenerators: true, generator: _generator)
            .RunGeneratorsAndUpdateCompilation(_runtime, out Compilation library, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The generators reported errors: " + string.Join("; ", diagnostics.Take(5)));
        }

        _librarySources = library.SyntaxTrees.Select(tree => (tree.FilePath, tree.ToString())).ToList();
        if (_runtime.SyntaxTrees.Count() >= _librarySources.Count)
        {
            throw new InvalidOperationException("The generator produced no code.");
        }

        var emit = CompileLibrary();
        if (!emit.Success)
        {
            throw new InvalidOperationException("The library does not compile: " + string.Join("; ", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
    }

    /// <summary>Parse, bind and emit the library (runtime and generated sources), as csc does with no generator to run.</summary>
    [Benchmark(Baseline = true, Description = "Compile library (parse + emit)")]
    public Microsoft.CodeAnalysis.Emit.EmitResult CompileLibrary()
    {
        using var peStream = new MemoryStream();
        return _inputs.CreateCompilation(_librarySources).Emit(peStream);
    }

    [Benchmark(Description = "Generator, cold (full schema)")]
    public GeneratorDriver ColdRun() => _inputs.CreateDriver(trackSteps: false, generator: _generator).RunGenerators(_runtime);

    [Benchmark(Description = "Generator, after unrelated edit")]
    public GeneratorDriver RunAfterUnrelatedEdit() => _warmDriver.RunGenerators(_editedRuntime);

    [Benchmark(Description = "Generator, after one schema summary edit")]
    public GeneratorDriver RunAfterSchemaEdit() => _warmDriver.ReplaceAdditionalText(_schemaFile, _editedSchemaFile).RunGenerators(_runtime);
}
