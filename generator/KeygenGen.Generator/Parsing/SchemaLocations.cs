using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

// Must stay immutable and structurally equatable (pipeline output, part of BoundApi).

/// <summary>A schema element and where it is written.</summary>
internal sealed record ElementLocation(SchemaElement Element, SchemaLocation Location);

/// <summary>
/// Where the named elements of a compilation's schema files are, so that the planner's <see cref="NameConflict"/>s,
/// found without positions, are reported at the user's token. Of two colliding elements the later in claim order (the
/// SDK's own files first, then the others by path, each in document order) is reported, so a clash with a built-in
/// name is blamed in the user's file.
/// </summary>
/// <param name="Elements">Every element, each where it is written; an element written twice is where it is first.</param>
/// <param name="Files">The files' paths in claim order.</param>
internal sealed record SchemaLocations(ImmutableEquatableArray<ElementLocation> Elements, ImmutableEquatableArray<string> Files)
{
    private const string ClientRule = "a group's client class is named after the group, and every generated type needs a name of its own";

    private const string CaseRule = "generated names must differ in more than case (their files would collide on Windows and macOS)";

    /// <summary>
    /// The diagnostic of each conflict, at its subject or, for two schema elements, at the later of them; in claim order,
    /// as the binder's are.
    /// </summary>
    public IEnumerable<DiagnosticInfo> Report(IReadOnlyList<NameConflict> conflicts)
    {
        if (conflicts.Count == 0)
        {
            return Array.Empty<DiagnosticInfo>();
        }

        var index = BuildIndex();
        return conflicts
            .Select(conflict => Report(conflict, index))
            .OrderBy(found => index.FileRanks.TryGetValue(found.At.FilePath, out var rank) ? rank : int.MaxValue)
            .ThenBy(found => found.At.Span.Start)
            .Select(found => found.Diagnostic)
            .ToList();
    }

    private (SchemaLocation At, DiagnosticInfo Diagnostic) Report(NameConflict conflict, Index index)
    {
        var subject = conflict.Subject;
        var at = Find(index, subject.Element);
        var other = conflict.Other;
        var otherAt = other is null ? null : Find(index, other.Element);
        if (other is not null && Precedes(at, otherAt!, index))
        {
            (subject, at, other, otherAt) = (other, otherAt!, subject, at);
        }

        var what = Capitalized(subject.What);
        var name = MessageText.Quote(subject.Name);
        return (at, conflict.Kind switch
        {
            NameConflictKind.Duplicate => at.Diagnostic(DiagnosticDescriptors.DuplicateDeclaration, what, name, Display(otherAt)),
            NameConflictKind.Collision => at.Diagnostic(DiagnosticDescriptors.NameCollision, what, name, $"{other?.What} '{MessageText.Quote(other?.Name ?? string.Empty)}' at {Display(otherAt)}: {(other?.Name == subject.Name ? ClientRule : CaseRule)}"),
            NameConflictKind.SdkName => at.Diagnostic(DiagnosticDescriptors.NameCollision, what, name, conflict.Reason ?? string.Empty),
            _ => at.Diagnostic(DiagnosticDescriptors.InvalidIdentifier, name, $"{Article(subject.What)} {subject.What} name", conflict.Reason ?? string.Empty),
        });
    }

    private sealed record Index(Dictionary<SchemaElement, SchemaLocation> Locations, Dictionary<string, int> FileRanks);

    private Index BuildIndex()
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            if (!ranks.ContainsKey(file))
            {
                ranks.Add(file, ranks.Count);
            }
        }

        var locations = new Dictionary<SchemaElement, SchemaLocation>();
        var index = new Index(locations, ranks);
        foreach (var element in Elements)
        {
            if (!locations.TryGetValue(element.Element, out var first) || Precedes(element.Location, first, index))
            {
                locations[element.Element] = element.Location;
            }
        }

        return index;
    }

    /// <summary>
    /// Where an element is; an element the files do not name (never for what the planner reports) falls back to its
    /// owner, and then to the start of the first file, so that a conflict is reported, never dropped.
    /// </summary>
    private SchemaLocation Find(Index index, SchemaElement element)
    {
        var locations = index.Locations;
        if (locations.TryGetValue(element, out var location)
            || locations.TryGetValue(new SchemaElement(SchemaElementKind.Declaration, element.Owner), out location)
            || locations.TryGetValue(new SchemaElement(SchemaElementKind.Operation, element.Owner), out location))
        {
            return location;
        }

        return new SchemaLocation(Files.FirstOrDefault() ?? string.Empty, default, default);
    }

    private static bool Precedes(SchemaLocation first, SchemaLocation second, Index index)
    {
        var firstFile = index.FileRanks.TryGetValue(first.FilePath, out var a) ? a : int.MaxValue;
        var secondFile = index.FileRanks.TryGetValue(second.FilePath, out var b) ? b : int.MaxValue;
        return firstFile != secondFile ? firstFile < secondFile : first.Span.Start < second.Span.Start;
    }

    private static string Capitalized(string noun) => noun.Length == 0 ? noun : char.ToUpperInvariant(noun[0]) + noun.Substring(1);

    private static string Article(string noun) => noun.Length > 0 && "aeio".IndexOf(noun[0]) >= 0 ? "an" : "a";

    private static string Display(SchemaLocation? location) => location?.ToDisplayString() ?? "?";
}
