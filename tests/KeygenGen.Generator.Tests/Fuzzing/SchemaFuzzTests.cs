using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>
/// The generator's promise, as a property over ten thousand mutations of the repository's real schema files: every
/// mutated schema either gets at least one KGEN error at the right place (<see cref="SchemaFuzzOracle"/>), or its
/// generated code compiles with zero diagnostics under a user's strictest settings (<see cref="GeneratedCodeOracle"/>);
/// nothing ever throws. A failure names the seed and the mutation; the mutated text is written to the temp folder,
/// and <c>KEYGEN_FUZZ_SEED=&lt;seed&gt;</c> replays that case alone.
/// </summary>
public class SchemaFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 10_000;

    [Fact]
    public void Mutated_schema_files_get_located_diagnostics_or_compile_cleanly_and_never_crash_the_generator()
    {
        var corpus = SchemaCorpus.Repository;
        var compiler = GeneratedCodeOracle.Repository;
        Assert.True(compiler.UnmutatedProblems.Count == 0, string.Join("\n", compiler.UnmutatedProblems));
        var seeds = SchemaFuzzCase.Seeds(Cases).ToArray();

        var (outcomes, timing) = FuzzRun.Execute(seeds, seed => Check(SchemaFuzzCase.Create(seed, corpus), corpus, compiler), TimeSpan.FromMinutes(10));

        output.WriteLine(timing);
        output.WriteLine($"distinct accepted specs: {compiler.Specs}; distinct outputs compiled: {compiler.Compiled}");
        output.WriteLine(Summary(outcomes));
        var failures = outcomes.Where(o => o.Problems.Count > 0).ToList();
        Assert.True(failures.Count == 0, Report(failures));
        if (seeds.Length == Cases)
        {
            AssertTheMutationsReachFar(outcomes);
        }
    }

    /// <summary>The parser and binder's verdict, and for an accepted schema, the compiler's on its generated code.</summary>
    private static SchemaFuzzOutcome Check(SchemaFuzzCase fuzzCase, SchemaCorpus corpus, GeneratedCodeOracle compiler)
    {
        var outcome = SchemaFuzzOracle.Check(fuzzCase, corpus);
        return outcome is { Bound: { } accepted, DiagnosticIds.Count: 0 }
            ? outcome with { Problems = [.. outcome.Problems, .. compiler.Check(accepted.Spec)] }
            : outcome;
    }

    /// <summary>
    /// A fuzzer that only ever produced broken JSON would prove little: every kind of mutation must be applied, and
    /// the cases must include valid JSON the generator accepts, valid JSON it rejects, and many kinds of diagnostic.
    /// </summary>
    private static void AssertTheMutationsReachFar(IReadOnlyList<SchemaFuzzOutcome> outcomes)
    {
        foreach (var kind in SchemaMutator.Kinds)
        {
            Assert.True(outcomes.Count(o => o.Case.Kinds.Contains(kind)) >= Cases / SchemaMutator.Kinds.Length / 2, $"{kind} was rarely applied");
        }

        Assert.True(outcomes.Count(o => o.ValidJson && o.DiagnosticIds.Count == 0) >= Cases / 20, "too few mutations keep the schema valid");
        Assert.True(outcomes.Count(o => o.ValidJson && o.DiagnosticIds.Count > 0) >= Cases / 5, "too few mutations are valid JSON but an invalid schema");
        Assert.True(outcomes.Count(o => !o.ValidJson) >= Cases / 5, "too few mutations break the JSON");
        var ids = outcomes.SelectMany(o => o.DiagnosticIds).Distinct().Order().ToList();
        Assert.True(ids.Count >= 13, "diagnostics seen: " + string.Join(", ", ids));
    }

    private static string Summary(IReadOnlyList<SchemaFuzzOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.AppendLine($"valid JSON, accepted: {outcomes.Count(o => o.ValidJson && o.DiagnosticIds.Count == 0)}; valid JSON, rejected: {outcomes.Count(o => o.ValidJson && o.DiagnosticIds.Count > 0)}; invalid JSON: {outcomes.Count(o => !o.ValidJson)}");
        text.AppendLine("kinds: " + string.Join(", ", SchemaMutator.Kinds.Select(k => $"{k} {outcomes.Count(o => o.Case.Kinds.Contains(k))}")));
        text.AppendLine("diagnostics: " + string.Join(", ", outcomes.SelectMany(o => o.DiagnosticIds.Distinct()).GroupBy(id => id).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        return text.ToString();
    }

    private static string Report(IReadOnlyList<SchemaFuzzOutcome> failures)
    {
        var directory = Path.Combine(Path.GetTempPath(), "keygen-schema-fuzz");
        Directory.CreateDirectory(directory);
        var report = new StringBuilder($"{failures.Count} fuzz cases failed (mutated texts in {directory}):\n");
        foreach (var failure in failures.Take(20))
        {
            File.WriteAllText(Path.Combine(directory, $"{failure.Case.Seed}-{failure.Case.FileName}"), failure.Case.Text);
            report.AppendLine(failure.Case.ToString());
            foreach (var problem in failure.Problems.Take(5))
            {
                report.AppendLine("  " + problem);
            }
        }

        return report.ToString();
    }
}
