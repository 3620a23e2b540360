using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

// Webhook event types: each declared once, its payload's resource and meta object resolved, and together the values
// of one enum.
internal sealed partial class SchemaBinder
{
    /// <summary>
    /// Claims <see cref="EventSpec.TypeEnumName"/> for the events, at the first event, before any enum is declared: an
    /// enum of that name in a schema file is then a duplicate (KGEN0013).
    /// </summary>
    private void DeclareEventTypeEnum(IReadOnlyList<ParsedDeclaration<EventSpec>> events)
    {
        if (events.Count > 0)
        {
            _symbols.Add(EventSpec.TypeEnumName, new Symbol(TypeKind.Enum, events[0].NameLocation, Array.Empty<TypeReference>()));
        }
    }

    /// <summary>
    /// The events declared once each (KGEN0013 for a repeated type or C# name), in file order, with whether each is valid
    /// and uses only usable declarations (its resource, and a meta object whose data-sourced property holds that resource).
    /// </summary>
    private List<(ParsedDeclaration<EventSpec> Event, bool Usable)> BindEvents(IEnumerable<ParsedDeclaration<EventSpec>> events)
    {
        var types = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);
        var names = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);
        var bound = new List<(ParsedDeclaration<EventSpec>, bool)>();
        foreach (var parsed in events)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var spec = parsed.Spec;
            if (types.TryGetValue(spec.Type, out var firstType))
            {
                Report(parsed.NameLocation, DiagnosticDescriptors.DuplicateDeclaration, "Event", spec.Type, firstType.ToDisplayString());
                continue;
            }

            types.Add(spec.Type, parsed.NameLocation);
            if (parsed.HasErrors)
            {
                bound.Add((parsed, false));
                continue;
            }

            if (names.TryGetValue(spec.MemberName, out var firstName))
            {
                Report(parsed.NameLocation, DiagnosticDescriptors.DuplicateDeclaration, "Event name", spec.MemberName, firstName.ToDisplayString());
                continue;
            }

            names.Add(spec.MemberName, parsed.NameLocation);
            var usable = CheckReferences(parsed.References) && !UsesUnusable(parsed.References);
            bound.Add((parsed, usable && (!usable || CheckEventMeta(parsed))));
        }

        return bound;
    }

    /// <summary>The enum of every event type: <c>*</c>, then each event without errors, in file order.</summary>
    private static EnumSpec EventTypeEnum(IEnumerable<ParsedDeclaration<EventSpec>> events) => new(
        EventSpec.TypeEnumName,
        EventSpec.TypeEnumSummary,
        new[] { EventSpec.Everything }
            .Concat(events.Where(e => !e.HasErrors).Select(e => new EnumValueSpec(e.Spec.Type, e.Spec.MemberName, e.Spec.Summary)))
            .ToImmutableEquatableArray());

    /// <summary>
    /// An event's payload reads as its meta object with the resource put into the object's data-sourced property, so the
    /// object must have one, of the event's resource (KGEN0016 at the meta).
    /// </summary>
    private bool CheckEventMeta(ParsedDeclaration<EventSpec> parsed)
    {
        var spec = parsed.Spec;
        if (spec.Meta is null || !_objects.TryGetValue(spec.Meta, out var meta))
        {
            return true;
        }

        var data = meta.Properties.FirstOrDefault(p => p.Source == FieldSource.Data);
        if (data is not null && data.Type.Name == spec.Resource && !data.Type.IsArray)
        {
            return true;
        }

        var location = parsed.References.First(r => r.Target == ReferenceTarget.Object).Location;
        Report(location, DiagnosticDescriptors.InconsistentDeclaration,
            $"Event '{spec.Type}' reads its payload as object '{meta.Name}', so the object needs a property with \"source\": \"data\" of type '{spec.Resource}' to hold the event's resource");
        return false;
    }
}
