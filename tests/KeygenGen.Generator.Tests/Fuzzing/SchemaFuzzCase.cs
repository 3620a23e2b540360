using System;
using System.Collections.Generic;
using System.Linq;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>
/// One mutated schema file, made from its seed alone: the seed picks the file and one mutation (one case in five
/// gets a second, applied to the result of the first). The same seed gives the same case on any machine.
/// </summary>
internal sealed record SchemaFuzzCase(int Seed, int FileIndex, string FileName, string Text, IReadOnlyList<MutationKind> Kinds, string Description)
{
    /// <summary>The first seed of the fuzz run; case <c>i</c> has seed <c>FirstSeed + i</c>.</summary>
    public const int FirstSeed = 20_260_800;

    /// <summary>Set this environment variable to a seed to run only that case, e.g. to debug a failure.</summary>
    public const string ReplayVariable = "KEYGEN_FUZZ_SEED";

    public static SchemaFuzzCase Create(int seed, SchemaCorpus corpus)
    {
        var random = new Random(seed);
        var fileIndex = random.Next(corpus.Files.Count);
        var text = corpus.Files[fileIndex].Text;
        var kinds = new List<MutationKind>();
        var steps = new List<string>();
        var count = random.Next(5) == 0 ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var kind = SchemaMutator.Kinds[random.Next(SchemaMutator.Kinds.Length)];
            (text, var applied, var step) = SchemaMutator.Apply(kind, text, corpus.DeclarationNames, random);
            kinds.Add(applied);
            steps.Add(step);
        }

        return new SchemaFuzzCase(seed, fileIndex, corpus.Files[fileIndex].Name, text, kinds, string.Join("; then ", steps));
    }

    /// <summary>The seeds of a run of <paramref name="count"/> cases, or only the replayed one.</summary>
    public static IEnumerable<int> Seeds(int count)
        => int.TryParse(Environment.GetEnvironmentVariable(ReplayVariable), out var replay) ? [replay] : Enumerable.Range(FirstSeed, count);

    public override string ToString() => $"seed {Seed} ({ReplayVariable}={Seed} replays it), {FileName}: {Description}";
}
