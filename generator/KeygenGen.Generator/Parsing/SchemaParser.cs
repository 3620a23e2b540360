using System.Threading;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Parsing;

/// <summary>The parsing entry point for one schema file: text → <see cref="ParsedSchemaFile"/>. Pure; never throws for bad input.</summary>
internal static class SchemaParser
{
    public static ParsedSchemaFile Parse(string filePath, string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            // The compiler could not read the file (deleted or locked between the build's listing and now).
            var unreadable = new DiagnosticBag(filePath, string.Empty);
            unreadable.Report(DiagnosticDescriptors.UnreadableFile, default, filePath);
            return Empty(filePath, unreadable);
        }

        var diagnostics = new DiagnosticBag(filePath, text);
        var json = JsonReader.Read(text, cancellationToken);
        foreach (var duplicate in json.DuplicateKeys)
        {
            diagnostics.Report(DiagnosticDescriptors.DuplicateKey, duplicate.Span, MessageText.Quote(duplicate.Key));
        }

        if (json.Root is null)
        {
            var error = json.Error!;
            diagnostics.Report(DiagnosticDescriptors.InvalidJson, error.Span, error.Message);
            return Empty(filePath, diagnostics);
        }

        return new SchemaFileParser(filePath, diagnostics, cancellationToken).Parse(json.Root);
    }

    private static ParsedSchemaFile Empty(string filePath, DiagnosticBag diagnostics) => new(
        filePath,
        ImmutableEquatableArray<ParsedDeclaration<EnumSpec>>.Empty,
        ImmutableEquatableArray<ParsedDeclaration<ObjectSpec>>.Empty,
        ImmutableEquatableArray<ParsedDeclaration<ResourceSpec>>.Empty,
        ImmutableEquatableArray<ParsedDeclaration<UnionSpec>>.Empty,
        ImmutableEquatableArray<ParsedDeclaration<EventSpec>>.Empty,
        ImmutableEquatableArray<ParsedOperation>.Empty,
        diagnostics.ToImmutableEquatableArray());
}
