using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

/// <summary>
/// Merges the parsed schema files of a compilation into one <see cref="ApiSpec"/>: declares every name, resolves
/// references (KGEN0007), and checks what needs all files: duplicate declarations and events (KGEN0013), operation ids
/// (KGEN0005), routes (KGEN0006), request and inline item class names, union members of one JSON:API type and
/// response-meta objects that take the response data (KGEN0016). Only what is valid, and uses only valid declarations, reaches the spec; it is sorted by name (and
/// operations by id) and holds no positions. Files are taken in path order, so "the first declaration" never
/// depends on the order the compiler lists them.
/// </summary>
internal sealed partial class SchemaBinder
{
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);

    /// <summary>Declarations with errors, or that use one: they stay declared but are not emitted.</summary>
    private readonly HashSet<string> _unusable = new(StringComparer.Ordinal);

    /// <summary>
    /// The item classes of inline relationships (<c>NewUser</c>), each where its first inline relationship names its
    /// target: generated names like request class names, so they must not collide with them or with declarations.
    /// </summary>
    private readonly Dictionary<string, SchemaLocation> _inlineItems = new(StringComparer.Ordinal);

    /// <summary>The object declarations by name, for checking response-meta objects against operations.</summary>
    private Dictionary<string, ObjectSpec> _objects = new(StringComparer.Ordinal);

    /// <summary>
    /// False when some file is not valid JSON: its declarations are unknown, so a reference to one of them would
    /// be reported as unknown everywhere. Such references still make their user unusable, silently.
    /// </summary>
    private readonly bool _reportUnknownReferences;

    private SchemaBinder(bool reportUnknownReferences, CancellationToken cancellationToken)
    {
        _reportUnknownReferences = reportUnknownReferences;
        _cancellationToken = cancellationToken;
    }

    /// <summary>A declared name: its kind, where it is declared, and the names it uses.</summary>
    private sealed record Symbol(TypeKind Kind, SchemaLocation Location, IReadOnlyList<TypeReference> References);

    /// <returns>The spec, and every diagnostic: each file's own (files in path order), then the cross-file ones.</returns>
    public static BoundApi Bind(IReadOnlyList<ParsedSchemaFile> files, CancellationToken cancellationToken)
    {
        var ordered = files.OrderBy(f => f.FilePath, StringComparer.Ordinal).ToList();
        var anyUnreadable = ordered.Any(f => f.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.InvalidJson.Id));
        var binder = new SchemaBinder(!anyUnreadable, cancellationToken);
        var spec = binder.BindFiles(ordered);
        var diagnostics = ordered.SelectMany(f => f.Diagnostics).Concat(binder._diagnostics);
        return new BoundApi(spec, diagnostics.ToImmutableEquatableArray());
    }

    private ApiSpec BindFiles(List<ParsedSchemaFile> files)
    {
        var parsedEvents = files.SelectMany(f => f.Events).ToList();
        DeclareEventTypeEnum(parsedEvents);
        var enums = Declare(files.SelectMany(f => f.Enums), TypeKind.Enum, e => e.Name);
        var objects = Declare(files.SelectMany(f => f.Objects), TypeKind.Object, o => o.Name);
        var resources = Declare(files.SelectMany(f => f.Resources), TypeKind.Resource, r => r.Name);
        var unions = Declare(files.SelectMany(f => f.Unions), TypeKind.Union, u => u.Name);
        _objects = objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        CheckDeclarationReferences();
        CheckUnionTypes(files.SelectMany(f => f.Unions), resources);
        DeclareInlineItems();
        PropagateUnusable();
        var operations = BindOperations(files.SelectMany(f => f.Operations));
        var events = BindEvents(parsedEvents);
        if (events.Count > 0)
        {
            enums.Add(EventTypeEnum(events.Select(e => e.Event)));
        }

        // Reference files are bound like any other (so duplicates across them and the user's files are caught),
        // but what they declare is already compiled into the SDK.
        var reference = files.Where(f => f.IsReference).ToList();
        var referenceOperations = new HashSet<string>(reference.SelectMany(f => f.Operations).Select(o => o.Spec.Id), StringComparer.Ordinal);
        var referenceEvents = new HashSet<string>(reference.SelectMany(f => f.Events).Select(e => e.Spec.Type), StringComparer.Ordinal);
        var referenceDeclarations = reference
            .SelectMany(f => f.Enums.Select(e => e.Spec.Name)
                .Concat(f.Events.Take(1).Select(_ => EventSpec.TypeEnumName))
                .Concat(f.Objects.Select(o => o.Spec.Name))
                .Concat(f.Resources.Select(r => r.Spec.Name))
                .Concat(f.Unions.Select(u => u.Spec.Name)))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal);
        var referenceGroups = reference
            .SelectMany(f => f.Operations.Select(o => o.Spec.Group))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(group => group, StringComparer.Ordinal);

        return new ApiSpec(
            Usable(enums, e => e.Name, e => e),
            Usable(objects, o => o.Name, Resolve),
            Usable(resources, r => r.Name, Resolve),
            Usable(unions, u => u.Name, u => u),
            operations.Where(o => !referenceOperations.Contains(o.Id)).Select(Resolve).OrderBy(o => o.Id, StringComparer.Ordinal).ToImmutableEquatableArray(),
            events.Where(e => e.Usable && !referenceEvents.Contains(e.Event.Spec.Type)).Select(e => e.Event.Spec).ToImmutableEquatableArray(),
            referenceDeclarations.ToImmutableEquatableArray(),
            referenceGroups.ToImmutableEquatableArray());
    }

    /// <summary>Claims each name; a name already claimed (by any kind) is KGEN0013 and the repeat is dropped.</summary>
    private List<T> Declare<T>(IEnumerable<ParsedDeclaration<T>> declarations, TypeKind kind, Func<T, string> nameOf)
    {
        var declared = new List<T>();
        foreach (var declaration in declarations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var name = nameOf(declaration.Spec);
            if (_symbols.TryGetValue(name, out var first))
            {
                Report(declaration.NameLocation, DiagnosticDescriptors.DuplicateDeclaration, kind.ToString(), name, first.Location.ToDisplayString());
                continue;
            }

            _symbols.Add(name, new Symbol(kind, declaration.NameLocation, declaration.References));
            if (declaration.HasErrors)
            {
                _unusable.Add(name);
            }

            declared.Add(declaration.Spec);
        }

        return declared;
    }

    private void CheckDeclarationReferences()
    {
        foreach (var symbol in _symbols)
        {
            if (!CheckReferences(symbol.Value.References))
            {
                _unusable.Add(symbol.Key);
            }
        }
    }

    /// <summary>Reports every reference that names no declaration of the right kind; true when all resolve.</summary>
    private bool CheckReferences(IEnumerable<TypeReference> references)
    {
        var resolved = true;
        foreach (var reference in references)
        {
            var known = _symbols.TryGetValue(reference.Name, out var symbol);
            if (!known || !Accepts(reference.Target, symbol!.Kind))
            {
                if (known || _reportUnknownReferences)
                {
                    Report(reference.Location, DiagnosticDescriptors.UnknownReference, reference.Name, Describe(reference.Target));
                }

                resolved = false;
            }
        }

        return resolved;
    }

    /// <summary>Marks unusable, transitively, every declaration that uses an unusable one.</summary>
    private void PropagateUnusable()
    {
        bool changed;
        do
        {
            _cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            foreach (var symbol in _symbols)
            {
                if (!_unusable.Contains(symbol.Key) && UsesUnusable(symbol.Value.References))
                {
                    changed |= _unusable.Add(symbol.Key);
                }
            }
        }
        while (changed);
    }

    private bool UsesUnusable(IEnumerable<TypeReference> references) => references.Any(r => _unusable.Contains(r.Name));

    private ImmutableEquatableArray<T> Usable<T>(List<T> declared, Func<T, string> name, Func<T, T> resolve)
        => declared
            .Where(d => !_unusable.Contains(name(d)))
            .Select(resolve)
            .OrderBy(name, StringComparer.Ordinal)
            .ToImmutableEquatableArray();

    private static bool Accepts(ReferenceTarget target, TypeKind kind) => target switch
    {
        ReferenceTarget.Resource or ReferenceTarget.InlineResource => kind == TypeKind.Resource,
        ReferenceTarget.ResourceOrUnion => kind is TypeKind.Resource or TypeKind.Union,
        ReferenceTarget.Object => kind == TypeKind.Object,
        _ => true,
    };

    private static string Describe(ReferenceTarget target) => target switch
    {
        ReferenceTarget.Resource or ReferenceTarget.InlineResource => "resource",
        ReferenceTarget.ResourceOrUnion => "resource or union",
        ReferenceTarget.Object => "object",
        _ => "enum, object, resource or union",
    };

    private void Report(SchemaLocation location, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] args)
        => _diagnostics.Add(location.Diagnostic(descriptor, args));
}
