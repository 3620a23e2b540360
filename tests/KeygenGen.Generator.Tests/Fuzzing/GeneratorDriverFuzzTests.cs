using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>
/// The first fuzz cases again, through the real generator in Roslyn's driver (the mutated file replacing the real
/// one among all schema files): no exception escapes the generator (no CS8785, no exception in the run result),
/// it reports exactly the diagnostics the parser, binder and planner found, at locations inside the files, and every source
/// it generates differently from the unmutated schema parses without errors.
/// </summary>
public class GeneratorDriverFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 300;

    [Fact]
    public void Mutated_schema_files_never_make_the_generator_throw_or_emit_broken_code()
    {
        var corpus = SchemaCorpus.Repository;
        var files = corpus.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var compilation = GeneratorHarness.CreateCompilation();
        var unmutated = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var unmutatedSources = unmutated.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        Assert.NotEmpty(unmutatedSources);

        var (outcomes, timing) = FuzzRun.Execute(
            SchemaFuzzCase.Seeds(Cases).ToArray(),
            seed =>
            {
                var fuzzCase = SchemaFuzzCase.Create(seed, corpus);
                var mutatedFile = new InMemoryAdditionalText(files[fuzzCase.FileIndex].Path, fuzzCase.Text);
                var result = unmutated.ReplaceAdditionalText(files[fuzzCase.FileIndex], mutatedFile).RunGenerators(compilation).GetRunResult();
                return (Case: fuzzCase, Problems: Check(fuzzCase, corpus, result, unmutatedSources), Sources: result.GeneratedTrees.Length);
            },
            TimeSpan.FromMinutes(10));

        output.WriteLine(timing);
        output.WriteLine($"generated sources per run: {outcomes.Min(o => o.Sources)} to {outcomes.Max(o => o.Sources)} (unmutated: {unmutatedSources.Count})");
        var failures = outcomes.Where(o => o.Problems.Count > 0).Take(20).Select(o => $"{o.Case}\n  {string.Join("\n  ", o.Problems.Take(5))}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static List<string> Check(SchemaFuzzCase fuzzCase, SchemaCorpus corpus, GeneratorDriverRunResult result, Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText> unmutatedSources)
    {
        var problems = new List<string>();
        var run = result.Results.Single();
        if (run.Exception is { } exception)
        {
            problems.Add($"the generator threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
        }

        foreach (var diagnostic in result.Diagnostics.Where(d => !d.Id.StartsWith("KGEN", StringComparison.Ordinal)))
        {
            problems.Add($"the run reported {diagnostic.Id}: {diagnostic.GetMessage()}");
        }

        var positions = new TextPositions(fuzzCase.Text);
        foreach (var diagnostic in result.Diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            SchemaFuzzOracle.CheckLocation(
                $"{diagnostic.Id} in {System.IO.Path.GetFileName(span.Path)} at {diagnostic.Location.SourceSpan}",
                diagnostic.Location.SourceSpan,
                span.Span,
                corpus.PositionsOf(span.Path, fuzzCase.FileIndex, positions),
                problems);
        }

        var expected = SchemaDiagnostics.Of(corpus.BindWith(fuzzCase.FileIndex, fuzzCase.Text)).Select(d => $"{d.Id} {d.FilePath} {d.Span}");
        var reported = result.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path} {d.Location.SourceSpan}");
        if (!expected.Order().SequenceEqual(reported.Order()))
        {
            problems.Add($"the driver reported [{string.Join(", ", reported.Take(10))}] but the parser, binder and planner found [{string.Join(", ", expected.Take(10))}]");
        }

        foreach (var source in run.GeneratedSources)
        {
            if (unmutatedSources.TryGetValue(source.HintName, out var before) && before.ContentEquals(source.SourceText))
            {
                continue;
            }

            foreach (var error in source.SyntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))
            {
                problems.Add($"{source.HintName} does not parse: {error.Id} {error.GetMessage()} at {error.Location.GetLineSpan().Span}, in {Excerpt(source.SourceText.ToString(), error.Location.SourceSpan.Start)}");
            }
        }

        return problems;
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 60);
        return text.Substring(start, Math.Min(120, text.Length - start)).ReplaceLineEndings(" ");
    }
}
