using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>
/// The repository's schema files, as the SDK build passes them to the generator, each parsed once, so a fuzz case
/// re-parses only the file it mutated and binds it together with the untouched others.
/// </summary>
internal sealed class SchemaCorpus
{
    private static readonly Lazy<SchemaCorpus> s_repository = new(() => new SchemaCorpus(Infrastructure.GeneratorHarness.RepositorySchemaFiles()
        .Select(file => new SchemaFile(file.Path, file.GetText()!.ToString()))
        .ToArray()));

    private readonly ParsedSchemaFile[] _parsed;
    private readonly HashSet<string>[] _declaredNames;
    private readonly Dictionary<string, TextPositions> _positions;

    private SchemaCorpus(IReadOnlyList<SchemaFile> files)
    {
        Files = files;
        _parsed = files.Select(f => SchemaParser.Parse(f.Path, f.Text, CancellationToken.None)).ToArray();
        _positions = files.ToDictionary(f => f.Path, f => new TextPositions(f.Text), StringComparer.Ordinal);
        _declaredNames = files.Select(f => DeclaredNames(f.Text)).ToArray();
        DeclarationNames = files.SelectMany(f => JsonShape.Of(f.Text)!.Declarations.Select(d => d.Key)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    public static SchemaCorpus Repository => s_repository.Value;

    public IReadOnlyList<SchemaFile> Files { get; }

    /// <summary>Every enum, object and resource name the schema declares: what renamed references pick from.</summary>
    public IReadOnlyList<string> DeclarationNames { get; }

    /// <summary>The generator's parser and binder over all files, with file <paramref name="index"/> replaced by <paramref name="text"/>.</summary>
    public BoundApi BindWith(int index, string text)
    {
        var files = (ParsedSchemaFile[])_parsed.Clone();
        files[index] = SchemaParser.Parse(Files[index].Path, text, CancellationToken.None);
        return SchemaBinder.Bind(files, CancellationToken.None);
    }

    /// <summary>
    /// The names a set of files declares, read with System.Text.Json: declaration keys and operation ids. With
    /// <paramref name="index"/> replaced by <paramref name="text"/>, which must be valid JSON.
    /// </summary>
    public ISet<string> DeclaredNamesWith(int index, string text)
    {
        var names = DeclaredNames(text);
        for (var i = 0; i < Files.Count; i++)
        {
            if (i != index)
            {
                names.UnionWith(_declaredNames[i]);
            }
        }

        return names;
    }

    /// <summary>The line map of a schema file by path: <paramref name="mutated"/>'s for the mutated file.</summary>
    public TextPositions PositionsOf(string path, int mutatedIndex, TextPositions mutated)
        => path == Files[mutatedIndex].Path ? mutated : _positions[path];

    public static ISet<string> NamesIn(ApiSpec spec)
        => spec.Enums.Select(e => e.Name)
            .Concat(spec.Objects.Select(o => o.Name))
            .Concat(spec.Resources.Select(r => r.Name))
            .Concat(spec.Operations.Select(o => o.Id))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> DeclaredNames(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return names;
        }

        foreach (var section in document.RootElement.EnumerateObject())
        {
            if (section.Name is "enums" or "objects" or "resources" && section.Value.ValueKind == JsonValueKind.Object)
            {
                names.UnionWith(section.Value.EnumerateObject().Select(d => d.Name));
            }
            else if (section.Name == "operations" && section.Value.ValueKind == JsonValueKind.Array)
            {
                names.UnionWith(section.Value.EnumerateArray()
                    .Where(o => o.ValueKind == JsonValueKind.Object && o.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    .Select(o => o.GetProperty("id").GetString()!));
            }
        }

        return names;
    }
}

internal sealed record SchemaFile(string Path, string Text)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
