using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Tests.Infrastructure;
using KeygenGen.Generator.Tests.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>What the generator made of one fuzz case, and every way it fell short.</summary>
/// <param name="ValidJson">System.Text.Json (strict) accepts the mutated text.</param>
internal sealed record SchemaFuzzOutcome(SchemaFuzzCase Case, bool ValidJson, IReadOnlyList<string> DiagnosticIds, BoundApi? Bound, IReadOnlyList<string> Problems);

/// <summary>
/// Judges one fuzz case through the generator's parser, binder and planner (the mutated file bound with the untouched
/// others): nothing throws; the bound spec is consistent; the JSON reader agrees with System.Text.Json; every
/// diagnostic points inside its file with a line and column that match the text; and a rejected input (invalid
/// JSON, or a declaration or operation it declares missing from the spec) has at least one KGEN diagnostic.
/// </summary>
internal static class SchemaFuzzOracle
{
    public static SchemaFuzzOutcome Check(SchemaFuzzCase fuzzCase, SchemaCorpus corpus)
    {
        var problems = new List<string>();
        var text = fuzzCase.Text;
        var expected = JsonCanonical.FromSystemTextJson(text);
        var actual = JsonCanonical.FromOurs(text);
        if (expected != actual)
        {
            problems.Add($"the JSON reader disagrees with System.Text.Json: System.Text.Json {Excerpt(expected)}, ours {Excerpt(actual)}");
        }

        BoundApi bound;
        IReadOnlyList<DiagnosticInfo> diagnostics;
        try
        {
            bound = corpus.BindWith(fuzzCase.FileIndex, text);
            SpecInvariants.AssertConsistent(bound.Spec);
            diagnostics = SchemaDiagnostics.Of(bound);
        }
        catch (Exception e)
        {
            problems.Add($"the parser, binder or planner threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return new SchemaFuzzOutcome(fuzzCase, expected is not null, [], null, problems);
        }

        var path = corpus.Files[fuzzCase.FileIndex].Path;
        var positions = new TextPositions(text);
        foreach (var diagnostic in diagnostics)
        {
            CheckLocation(diagnostic, corpus.PositionsOf(diagnostic.FilePath, fuzzCase.FileIndex, positions), problems);
        }

        if (expected is null && !diagnostics.Any(d => d.FilePath == path && d.Id is "KGEN0001" or "KGEN0015"))
        {
            problems.Add("the text is not valid JSON, but the file has no KGEN0001 (invalid JSON) or KGEN0015 (repeated key)");
        }

        if (expected is not null && diagnostics.Count == 0)
        {
            var missing = corpus.DeclaredNamesWith(fuzzCase.FileIndex, text).Except(SchemaCorpus.NamesIn(bound.Spec)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"silently dropped (declared, not in the spec, and no diagnostic): {string.Join(", ", missing.Take(10))}");
            }
        }

        return new SchemaFuzzOutcome(fuzzCase, expected is not null, diagnostics.Select(d => d.Id).ToList(), bound, problems);
    }

    /// <summary>The span lies inside the file's text, its line span is the one the text gives, and the message formats.</summary>
    private static void CheckLocation(DiagnosticInfo diagnostic, TextPositions file, List<string> problems)
    {
        var where = $"{diagnostic.Id} in {System.IO.Path.GetFileName(diagnostic.FilePath)} at {diagnostic.Span}";
        CheckLocation(where, diagnostic.Span, diagnostic.LineSpan, file, problems);
        if (string.IsNullOrWhiteSpace(DiagnosticText.Message(diagnostic)))
        {
            problems.Add($"{where} has no message");
        }
    }

    public static void CheckLocation(string where, TextSpan span, LinePositionSpan lineSpan, TextPositions file, List<string> problems)
    {
        if (span.Start < 0 || span.End > file.Length)
        {
            problems.Add($"{where} lies outside the file ({file.Length} characters)");
            return;
        }

        var expected = file.At(span);
        if (lineSpan != expected)
        {
            problems.Add($"{where} is reported at {lineSpan}, but the text puts that span at {expected}");
        }
    }

    private static string Excerpt(string? canonical)
        => canonical is null ? "rejects it" : canonical.Length > 200 ? "reads " + canonical.Substring(0, 200) + "…" : "reads " + canonical;
}
