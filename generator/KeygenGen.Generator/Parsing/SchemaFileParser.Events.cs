using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Parsing;

// Webhook event types (schema/README.md "Events").
internal sealed partial class SchemaFileParser
{
    /// <summary>
    /// Parses the <c>"events"</c> section: each key an event type, each value what its payload carries. An event with
    /// errors is kept, marked, so that its type stays claimed (like a declaration's name).
    /// </summary>
    private List<ParsedDeclaration<EventSpec>> ParseEvents(SchemaObject file)
    {
        var events = new List<ParsedDeclaration<EventSpec>>();
        foreach (var member in file.Object("events")?.Members ?? Array.Empty<JsonMember>())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var errorsBefore = _diagnostics.Count;
            _references = new List<TypeReference>();
            var type = member.Key;
            var validType = IsEventType(type);
            if (!validType)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, member.KeySpan, type, "an event type", "dot-separated kebab-case words, e.g. \"license.checked-in\"");
            }

            var body = SchemaObject.OpenValue(member.Value, type, $"event '{type}'", member.KeySpan, SchemaFormat.EventKeys, _diagnostics);
            var spec = body is null ? null : BuildEvent(body, type, member, validType);
            events.Add(new ParsedDeclaration<EventSpec>(
                spec ?? new EventSpec(type, string.Empty, null, string.Empty, false, null),
                _diagnostics.Locate(member.KeySpan),
                _references.ToImmutableEquatableArray(),
                HasErrors: spec is null || _diagnostics.Count > errorsBefore));
        }

        return events;
    }

    /// <param name="validType">Whether the type is well formed; a malformed one has no derived C# name to report on as well.</param>
    private EventSpec? BuildEvent(SchemaObject body, string type, JsonMember member, bool validType)
    {
        var resource = body.String("resource", required: true);
        var meta = body.String("meta");
        var many = body.Bool("many") ?? false;
        if (many && meta is not null)
        {
            ReportInconsistency(meta.Span, $"Event '{type}' carries a list of '{resource?.Value}', so it cannot carry a \"meta\" object that holds one of them");
        }

        // A well-formed type's PascalCase form is always an identifier (each word starts with a letter).
        var explicitName = body.String("name");
        var name = validType || explicitName is not null
            ? CSharpName(type, member.KeySpan, explicitName, "an event name", string.Empty)
            : null;
        if (resource is null || name is null)
        {
            return null;
        }

        return new EventSpec(
            type,
            name,
            body.String("summary")?.Value,
            Reference(resource, ReferenceTarget.Resource),
            many,
            meta is null ? null : Reference(meta, ReferenceTarget.Object));
    }

    /// <summary>Keygen's event types: two or more kebab-case words joined by dots (<c>license.checked-in</c>).</summary>
    private static bool IsEventType(string text)
    {
        var words = text.Split('.');
        return words.Length >= 2 && words.All(IsKebabCase);
    }
}
