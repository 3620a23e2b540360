using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

// Cross-file checks of what unions and inline relationships generate.
internal sealed partial class SchemaBinder
{
    /// <summary>
    /// A union's reader tells its members apart by their JSON:API type, so no two members may share one (KGEN0016,
    /// at the union's name); such a union is not emitted.
    /// </summary>
    private void CheckUnionTypes(IEnumerable<ParsedDeclaration<UnionSpec>> unions, List<ResourceSpec> resources)
    {
        var jsonApiTypes = resources.ToDictionary(r => r.Name, r => r.JsonApiType, StringComparer.Ordinal);
        foreach (var union in unions)
        {
            var spec = union.Spec;
            if (!_symbols.TryGetValue(spec.Name, out var symbol) || symbol.Location != union.NameLocation)
            {
                continue; // A repeated declaration, already reported and dropped.
            }

            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in spec.Members)
            {
                if (!jsonApiTypes.TryGetValue(member, out var type))
                {
                    continue; // An unknown member, already reported.
                }

                if (seen.TryGetValue(type, out var first))
                {
                    Report(union.NameLocation, DiagnosticDescriptors.InconsistentDeclaration,
                        $"Union '{spec.Name}' has members '{first}' and '{member}' of the same JSON:API type '{MessageText.Quote(type)}', so its reader cannot tell them apart");
                    _unusable.Add(spec.Name);
                    break;
                }

                seen.Add(type, member);
            }
        }
    }

    /// <summary>
    /// Claims the item class name of every inline relationship's target (<c>NewUser</c> for <c>User</c>), shared by
    /// every inline relationship to it. A clash with a declaration is KGEN0013 at the later of the two: at the
    /// relationship's <c>to</c>, and the resource is not emitted; or at the declaration, which is not emitted.
    /// </summary>
    private void DeclareInlineItems()
    {
        foreach (var symbol in _symbols.Where(s => s.Value.Kind == TypeKind.Resource))
        {
            foreach (var reference in symbol.Value.References.Where(r => r.Target == ReferenceTarget.InlineResource))
            {
                var item = RelationshipSpec.InlineItemName(reference.Name);
                if (_inlineItems.TryGetValue(item, out var shared))
                {
                    shared.Owners.Add(symbol.Key);
                    continue;
                }

                if (_symbols.TryGetValue(item, out var declared))
                {
                    if (Precedes(declared.Location, reference.Location))
                    {
                        Report(reference.Location, DiagnosticDescriptors.DuplicateDeclaration, "Inline item class", item, declared.Location.ToDisplayString());
                        _unusable.Add(symbol.Key);
                        continue;
                    }

                    Report(declared.Location, DiagnosticDescriptors.DuplicateDeclaration, declared.Kind.ToString(), item, reference.Location.ToDisplayString());
                    _unusable.Add(item);
                }

                _inlineItems.Add(item, new InlineItem(reference.Location, new List<string> { symbol.Key }));
            }
        }
    }

    /// <summary>
    /// Claims the request class name of each operation (the first of each id): it must not repeat, nor be the name of
    /// a declaration or an inline item class. The later of two clashing names is KGEN0013: an operation's request
    /// class name, and the operation is dropped; or a declaration (or the inline relationships of an item class),
    /// which is then not emitted.
    /// </summary>
    /// <returns>The id locations of the operations whose request class name was taken.</returns>
    private HashSet<SchemaLocation> ClaimRequestNames(IEnumerable<ParsedOperation> operations)
    {
        var lost = new HashSet<SchemaLocation>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var requestNames = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!ids.Add(operation.Spec.Id) || operation.Spec.RequestName is not { } name)
            {
                continue;
            }

            var location = operation.RequestNameLocation;
            var declared = _symbols.TryGetValue(name, out var symbol) ? symbol : null;
            var item = _inlineItems.TryGetValue(name, out var inline) ? inline : null;
            var first = requestNames.TryGetValue(name, out var earlier) ? earlier : declared?.Location ?? item?.Location;
            if (first is not null && (first == earlier || Precedes(first, location)))
            {
                Report(location, DiagnosticDescriptors.DuplicateDeclaration, "Request class", name, first.ToDisplayString());
                lost.Add(operation.IdLocation);
                continue;
            }

            if (declared is null && item is null && CollisionOf(name) is { } collision)
            {
                Report(location, DiagnosticDescriptors.NameCollision, "Request class", name, collision);
                lost.Add(operation.IdLocation);
                continue;
            }

            if (declared is not null)
            {
                Report(declared.Location, DiagnosticDescriptors.DuplicateDeclaration, declared.Kind.ToString(), name, location.ToDisplayString());
                _unusable.Add(name);
            }
            else if (item is not null)
            {
                Report(item.Location, DiagnosticDescriptors.DuplicateDeclaration, "Inline item class", name, location.ToDisplayString());
                _unusable.UnionWith(item.Owners);
            }

            requestNames.Add(name, location);
            _typeNames[name] = (name, location);
        }

        return lost;
    }
}
