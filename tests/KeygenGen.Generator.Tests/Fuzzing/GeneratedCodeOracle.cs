using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using KeygenGen.Generator.Emitting;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>
/// The compile half of the fuzz property: what the generator emits for an accepted schema compiles, with the runtime
/// it calls, under a user's strictest settings (Nullable, every warning wave, XML documentation checked, warnings as
/// errors) with zero diagnostics in any generated file; and the emitter neither throws nor produces hint names the
/// compiler would refuse (either would be CS8785 in a build, nothing generated).
/// </summary>
/// <remarks>
/// Compiling everything for each of thousands of cases would take hours, so the oracle compiles the unmutated output
/// (with the runtime, parsed once) once and, per case, emits only the files whose plan changed, swaps in only those
/// whose text changed and asks for those files' diagnostics (plus the files that mention a type whose file
/// disappeared); a spec or an output seen before is not checked again. Errors in the hand-written runtime are not the generator's: the
/// runtime uses the SDK's own schema, and a mutation may remove what it uses.
/// </remarks>
internal sealed partial class GeneratedCodeOracle
{
    /// <summary>The longest hint name the generator may produce (names are at most 64 characters).</summary>
    public const int MaxHintNameLength = 160;

    private static readonly Lazy<GeneratedCodeOracle> s_repository = new(() => new GeneratedCodeOracle(SchemaCorpus.Repository));

    private readonly CSharpCompilation _base;
    private readonly Dictionary<string, SyntaxTree> _baseTrees;
    private readonly Dictionary<string, FilePlan> _basePlans;
    private readonly ConcurrentDictionary<ApiSpec, IReadOnlyList<string>> _verdictsBySpec = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _verdicts = new(StringComparer.Ordinal);

    private GeneratedCodeOracle(SchemaCorpus corpus)
    {
        var spec = corpus.BindWith(0, corpus.Files[0].Text).Spec;
        var runtimeDirectory = Path.Combine(RepositoryPaths.Root, "src", "KeygenGen");
        var runtime = Directory.GetFiles(runtimeDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(runtimeDirectory, path).Replace('\\', '/').StartsWith("obj/", StringComparison.Ordinal)
                && !Path.GetRelativePath(runtimeDirectory, path).Replace('\\', '/').StartsWith("bin/", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ConsumerBuild.ParseOptions, path));
        var plan = Planner.Plan(spec, CancellationToken.None);
        _basePlans = plan.Files.ToDictionary(f => f.HintName, f => f, StringComparer.Ordinal);
        _baseTrees = plan.Files.Select(f => new GeneratedSource(f.HintName, Emitter.Emit(f))).ToDictionary(s => s.HintName, Parse, StringComparer.Ordinal);
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
                .Where(path => Path.GetFileName(path) is var name
                    && (name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("BouncyCastle", StringComparison.Ordinal)))
                .Select(path => MetadataReference.CreateFromFile(path)));
        _base = CSharpCompilation.Create(
            "KeygenGen",
            runtime.Concat(_baseTrees.Values),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
        UnmutatedProblems = Problems(_base, _baseTrees.Values);
    }

    public static GeneratedCodeOracle Repository => s_repository.Value;

    /// <summary>The diagnostics of the unmutated output: none, or every case would inherit them.</summary>
    public IReadOnlyList<string> UnmutatedProblems { get; }

    /// <summary>How many distinct outputs were compiled so far.</summary>
    public int Compiled => _verdicts.Count;

    /// <summary>How many distinct accepted specs were checked so far.</summary>
    public int Specs => _verdictsBySpec.Count;

    /// <summary>Every way the output for <paramref name="spec"/> falls short; empty when it compiles cleanly.</summary>
    /// <remarks>
    /// Cheap where it can be, as the generator's own pipeline is: a spec seen before gets its verdict again; of the rest
    /// only the files whose plan differs from the unmutated one are emitted (equal plans give equal files), and only an
    /// output not compiled before is compiled.
    /// </remarks>
    public IReadOnlyList<string> Check(ApiSpec spec) => _verdictsBySpec.GetOrAdd(spec, Verdict);

    private IReadOnlyList<string> Verdict(ApiSpec spec)
    {
        List<FilePlan> files;
        List<GeneratedSource> changed;
        try
        {
            files = Planner.Plan(spec, CancellationToken.None).Files.ToList();
            changed = files
                .Where(f => !_basePlans.TryGetValue(f.HintName, out var before) || !before.Equals(f))
                .Select(f => new GeneratedSource(f.HintName, Emitter.Emit(f)))
                .Where(s => !_baseTrees.TryGetValue(s.HintName, out var tree) || tree.ToString() != s.Text)
                .ToList();
        }
        catch (Exception e)
        {
            return [$"the planner or emitter threw {e.GetType().Name} (CS8785 in a build): {e.Message}\n{e.StackTrace}"];
        }

        var problems = HintNameProblems(files.Select(f => f.HintName).ToList());
        var removed = _baseTrees.Keys.Except(files.Select(f => f.HintName), StringComparer.Ordinal).ToList();
        if (problems.Count > 0 || (changed.Count == 0 && removed.Count == 0))
        {
            return problems;
        }

        var key = string.Join("\0", changed.Select(s => s.HintName + "\0" + s.Text).Concat(removed));
        return _verdicts.GetOrAdd(key, _ => Compile(changed, removed));
    }

    private sealed record GeneratedSource(string HintName, string Text);

    private IReadOnlyList<string> Compile(List<GeneratedSource> changed, List<string> removed)
    {
        var swapped = changed.Select(Parse).ToList();
        var compilation = _base
            .RemoveSyntaxTrees(changed.Where(s => _baseTrees.ContainsKey(s.HintName)).Select(s => _baseTrees[s.HintName]).Concat(removed.Select(h => _baseTrees[h])))
            .AddSyntaxTrees(swapped);

        // A file that mentions a type whose file is gone must be checked too, though its own text did not change.
        var gone = removed.Select(h => TypeNameOf().Match(h)).Where(m => m.Success).Select(m => m.Groups["name"].Value).ToList();
        var mentioning = gone.Count == 0 ? [] : _baseTrees
            .Where(t => !removed.Contains(t.Key) && !changed.Any(c => c.HintName == t.Key) && gone.Any(name => t.Value.ToString().Contains("global::Keygen." + name, StringComparison.Ordinal)))
            .Select(t => t.Value);
        return Problems(compilation, swapped.Concat(mentioning));
    }

    private static List<string> Problems(Compilation compilation, IEnumerable<SyntaxTree> trees)
        => trees
            .SelectMany(tree => compilation.GetSemanticModel(tree).GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Take(10)
            .Select(d => $"{d.Id} in generated {Path.GetFileName(d.Location.SourceTree?.FilePath)}{d.Location.GetLineSpan().Span.Start}: {d.GetMessage()} — {Excerpt(d)}")
            .ToList();

    /// <summary>What <c>AddSource</c> would refuse: a repeated name (ignoring case, as it does) or one unfit for a file.</summary>
    private static List<string> HintNameProblems(IReadOnlyList<string> hintNames)
    {
        var problems = hintNames.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"hint names that differ only in case (CS8785 in a build): {string.Join(", ", g)}")
            .ToList();
        problems.AddRange(hintNames.Where(h => h.Length > MaxHintNameLength || !HintName().IsMatch(h))
            .Select(h => $"hint name unfit for a file: {h.Substring(0, Math.Min(80, h.Length))}… ({h.Length} characters)"));
        return problems;
    }

    private static SyntaxTree Parse(GeneratedSource source)
        => CSharpSyntaxTree.ParseText(source.Text, ConsumerBuild.ParseOptions, "/generated/" + source.HintName);

    private static string Excerpt(Diagnostic diagnostic)
    {
        var text = diagnostic.Location.SourceTree?.ToString() ?? string.Empty;
        var at = diagnostic.Location.SourceSpan.Start;
        var start = Math.Max(0, at - 60);
        return text.Substring(start, Math.Min(120, text.Length - start)).ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.]+\.g\.cs$")]
    private static partial Regex HintName();

    [GeneratedRegex(@"^(Models|Objects|Enums|Unions|Requests)\.(?<name>[A-Za-z0-9]+)\.g\.cs$")]
    private static partial Regex TypeNameOf();
}
