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
/// (KGEN0005), routes (KGEN0006), union members of one JSON:API type and response-meta objects that take the response
/// data (KGEN0016). Only what is valid, and uses only valid declarations, reaches the spec; it is sorted by name (and
/// operations by id) and holds no positions; where each element is goes beside it (<see cref="SchemaLocations"/>), for
/// the planner's checks of the names the generated code declares.
/// </summary>
/// <remarks>
/// Names are claimed in one order, whatever order the compiler lists the files in: the SDK's own files (reference
/// files) first, then the others by path, each in document order, all kinds together. Of two declarations of one name
/// the later one is reported, so a clash with a built-in name is reported in the user's file, at the user's name.
/// </remarks>
internal sealed partial class SchemaBinder
{
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);

    /// <summary>Declarations with errors, or that use one: they stay declared but are not emitted.</summary>
    private readonly HashSet<string> _unusable = new(StringComparer.Ordinal);

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

    /// <summary>A declaration of any kind, for claiming names across kinds in file order.</summary>
    private sealed record Declaration(TypeKind Kind, string Name, SchemaLocation Location, IReadOnlyList<TypeReference> References, bool HasErrors);

    /// <returns>The spec, and every diagnostic: each file's own (files in claim order), then the cross-file ones.</returns>
    public static BoundApi Bind(IReadOnlyList<ParsedSchemaFile> files, CancellationToken cancellationToken)
    {
        var ordered = files.OrderBy(f => f.IsReference ? 0 : 1).ThenBy(f => f.FilePath, StringComparer.Ordinal).ToList();
        var anyUnreadable = ordered.Any(f => f.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.InvalidJson.Id));
        var binder = new SchemaBinder(!anyUnreadable, cancellationToken);
        var spec = binder.BindFiles(ordered);
        var diagnostics = ordered.SelectMany(f => f.Diagnostics).Concat(binder._diagnostics);
        return new BoundApi(spec, diagnostics.ToImmutableEquatableArray(), Locate(ordered));
    }

    private ApiSpec BindFiles(List<ParsedSchemaFile> files)
    {
        var parsedEvents = files.SelectMany(f => f.Events).ToList();
        DeclareEventTypeEnum(parsedEvents);
        DeclareAll(files);
        var enums = Declared(files.SelectMany(f => f.Enums), e => e.Name);
        var objects = Declared(files.SelectMany(f => f.Objects), o => o.Name);
        var resources = Declared(files.SelectMany(f => f.Resources), r => r.Name);
        var unions = Declared(files.SelectMany(f => f.Unions), u => u.Name);
        _objects = objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        CheckDeclarationReferences();
        CheckUnionTypes(files.SelectMany(f => f.Unions), resources);
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
            referenceGroups.ToImmutableEquatableArray())
        {
            ReferenceRequests = reference
                .SelectMany(f => f.Operations)
                .Where(o => o.Spec.RequestName is not null)
                .Select(o => new ReferenceRequest(o.Spec.Id, o.Spec.RequestName!))
                .Distinct()
                .OrderBy(r => r.OperationId, StringComparer.Ordinal)
                .ToImmutableEquatableArray(),
            ReferenceMethods = reference
                .SelectMany(f => f.Operations)
                .Select(o => new ReferenceMethod(o.Spec.Id, o.Spec.Group, o.Spec.MethodName, o.Spec.Paged))
                .Distinct()
                .OrderBy(m => m.OperationId, StringComparer.Ordinal)
                .ToImmutableEquatableArray(),
        };
    }

    /// <summary>
    /// Claims each declaration's name, all kinds together, in claim order (see the remarks on the class); a name
    /// already claimed is KGEN0013 and the repeat is dropped.
    /// </summary>
    private void DeclareAll(List<ParsedSchemaFile> files)
    {
        foreach (var file in files)
        {
            var declarations = file.Enums.Select(d => Of(TypeKind.Enum, d, d.Spec.Name))
                .Concat(file.Objects.Select(d => Of(TypeKind.Object, d, d.Spec.Name)))
                .Concat(file.Resources.Select(d => Of(TypeKind.Resource, d, d.Spec.Name)))
                .Concat(file.Unions.Select(d => Of(TypeKind.Union, d, d.Spec.Name)))
                .OrderBy(d => d.Location.Span.Start);
            foreach (var declaration in declarations)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var name = declaration.Name;
                if (_symbols.TryGetValue(name, out var first))
                {
                    Report(declaration.Location, DiagnosticDescriptors.DuplicateDeclaration, declaration.Kind.ToString(), name, first.Location.ToDisplayString());
                    continue;
                }

                _symbols.Add(name, new Symbol(declaration.Kind, declaration.Location, declaration.References));
                if (declaration.HasErrors)
                {
                    _unusable.Add(name);
                }
            }
        }

        static Declaration Of<T>(TypeKind kind, ParsedDeclaration<T> declaration, string name)
            => new(kind, name, declaration.NameLocation, declaration.References, declaration.HasErrors);
    }

    /// <summary>The declarations that claimed their name (a repeat did not; nor does a file listed twice).</summary>
    private List<T> Declared<T>(IEnumerable<ParsedDeclaration<T>> declarations, Func<T, string> nameOf)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        return declarations
            .Where(d => nameOf(d.Spec) is var name && _symbols[name].Location == d.NameLocation && claimed.Add(name))
            .Select(d => d.Spec)
            .ToList();
    }

    /// <summary>
    /// Where each element of the files is, in claim order: the parser's members, and what the binder knows the place of:
    /// declarations, operations, their request class names and groups (at the first operation of each), inline item
    /// classes (at the first relationship that creates one), and events (with their values of the event type enum).
    /// </summary>
    private static SchemaLocations Locate(List<ParsedSchemaFile> files)
    {
        var elements = new List<ElementLocation>();
        foreach (var file in files)
        {
            elements.AddRange(file.Elements);
            foreach (var declaration in file.Enums.Select(d => (d.Spec.Name, d.NameLocation, d.References))
                .Concat(file.Objects.Select(d => (d.Spec.Name, d.NameLocation, d.References)))
                .Concat(file.Resources.Select(d => (d.Spec.Name, d.NameLocation, d.References)))
                .Concat(file.Unions.Select(d => (d.Spec.Name, d.NameLocation, d.References))))
            {
                elements.Add(new ElementLocation(new SchemaElement(SchemaElementKind.Declaration, declaration.Name), declaration.NameLocation));
                elements.AddRange(declaration.References
                    .Where(r => r.Target == ReferenceTarget.InlineResource)
                    .Select(r => new ElementLocation(new SchemaElement(SchemaElementKind.InlineItem, r.Name), r.Location)));
            }

            foreach (var operation in file.Operations)
            {
                var spec = operation.Spec;
                elements.Add(new ElementLocation(new SchemaElement(SchemaElementKind.Operation, spec.Id), operation.IdLocation));
                elements.Add(new ElementLocation(new SchemaElement(SchemaElementKind.RequestName, spec.Id), operation.RequestNameLocation));
                elements.Add(new ElementLocation(new SchemaElement(SchemaElementKind.Group, spec.Group), operation.IdLocation));
            }

            // An event is a kind of its class and a value of the event type enum, which is where the first event is.
            foreach (var parsed in file.Events)
            {
                var type = parsed.Spec.Type;
                elements.Add(new ElementLocation(new SchemaElement(SchemaElementKind.Event, type), parsed.NameLocation));
                elements.Add(new ElementLocation(new SchemaElement(SchemaElementKind.EnumValue, EventSpec.TypeEnumName, type), parsed.NameLocation));
                elements.Add(new ElementLocation(new SchemaElement(SchemaElementKind.Declaration, EventSpec.TypeEnumName), parsed.NameLocation));
            }
        }

        return new SchemaLocations(elements.ToImmutableEquatableArray(), files.Select(f => f.FilePath).ToImmutableEquatableArray());
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
                    Report(reference.Location, DiagnosticDescriptors.UnknownReference, MessageText.Quote(reference.Name), Describe(reference.Target));
                }

                resolved = false;
            }
        }

        return resolved;
    }

    /// <summary>
    /// Marks unusable, transitively, every declaration that uses an unusable one. A walk from each unusable
    /// declaration to its users visits every declaration and reference once, so it is linear however the
    /// declarations are ordered (a fixed-point loop over all declarations would be quadratic on a reference chain
    /// declared from its head).
    /// </summary>
    private void PropagateUnusable()
    {
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var symbol in _symbols)
        {
            foreach (var reference in symbol.Value.References)
            {
                if (!users.TryGetValue(reference.Name, out var list))
                {
                    users.Add(reference.Name, list = new List<string>());
                }

                list.Add(symbol.Key);
            }
        }

        var pending = new Queue<string>(_unusable);
        while (pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (users.TryGetValue(pending.Dequeue(), out var list))
            {
                foreach (var user in list)
                {
                    if (_unusable.Add(user))
                    {
                        pending.Enqueue(user);
                    }
                }
            }
        }
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
        ReferenceTarget.Enum => kind == TypeKind.Enum,
        _ => true,
    };

    private static string Describe(ReferenceTarget target) => target switch
    {
        ReferenceTarget.Resource or ReferenceTarget.InlineResource => "resource",
        ReferenceTarget.ResourceOrUnion => "resource or union",
        ReferenceTarget.Object => "object",
        ReferenceTarget.Enum => "enum (a query parameter's type is a string, number, boolean, date, enum or deep object)",
        _ => "enum, object, resource or union",
    };

    private void Report(SchemaLocation location, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] args)
        => _diagnostics.Add(location.Diagnostic(descriptor, args));
}
