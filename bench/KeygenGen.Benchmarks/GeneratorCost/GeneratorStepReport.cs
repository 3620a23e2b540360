using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KeygenGen.Benchmarks.GeneratorCost;

/// <summary>
/// Prints, for the run after an unrelated C# edit and for the run after an edit to one schema summary, the reason Roslyn
/// recorded for every output of every tracked step and of the source outputs: the share of
/// <see cref="IncrementalStepRunReason.Cached"/> and <see cref="IncrementalStepRunReason.Unchanged"/> is the share of work skipped.
/// </summary>
public static class GeneratorStepReport
{
    public static void Print()
    {
        LibraryInputs inputs = LibraryInputs.Load();
        CSharpCompilation runtime = inputs.CreateRuntimeCompilation();
        GeneratorDriver driver = inputs.CreateDriver(trackSteps: true).RunGenerators(runtime);
        CSharpCompilation edited = runtime.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Keygen { internal static class UnrelatedEdit { } }", LibraryInputs.ParseOptions));
        Print("an unrelated C# edit", driver.RunGenerators(edited).GetRunResult().Results.Single());
        Console.WriteLine();
        var (schemaFile, editedSchemaFile) = inputs.SummaryEdit();
        Print("an edit to one schema summary", driver.ReplaceAdditionalText(schemaFile, editedSchemaFile).RunGenerators(runtime).GetRunResult().Results.Single());
    }

    private static void Print(string edit, GeneratorRunResult result)
    {
        var rows = result.TrackedSteps.OrderBy(step => step.Key, StringComparer.Ordinal)
            .Concat(result.TrackedOutputSteps.Select(step => KeyValuePair.Create("output: " + step.Key, step.Value)))
            .Select(step => (Name: step.Key, Reasons: step.Value.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList()))
            .ToList();
        Console.WriteLine($"Generator steps after {edit} ({result.GeneratedSources.Length} generated files):");
        Console.WriteLine();
        Console.WriteLine("| step | outputs | Cached | Unchanged | Modified | New | Removed |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, reasons) in rows)
        {
            Console.WriteLine($"| {name} | {reasons.Count} | {Count(reasons, IncrementalStepRunReason.Cached)} | {Count(reasons, IncrementalStepRunReason.Unchanged)} | " +
                $"{Count(reasons, IncrementalStepRunReason.Modified)} | {Count(reasons, IncrementalStepRunReason.New)} | {Count(reasons, IncrementalStepRunReason.Removed)} |");
        }

        var all = rows.SelectMany(row => row.Reasons).ToList();
        int skipped = all.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Console.WriteLine();
        Console.WriteLine($"Cached or unchanged: {skipped} of {all.Count} step outputs ({100.0 * skipped / all.Count:0.#} %).");
    }

    private static int Count(IEnumerable<IncrementalStepRunReason> reasons, IncrementalStepRunReason reason) =>
        reasons.Count(r => r == reason);
}
