using System;
using System.Collections.Generic;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing;

// Enums, objects and resources (schema/README.md "Enums", "Objects", "Resources").
internal sealed partial class SchemaFileParser
{
    /// <summary>Members every resource model has already (schema/README.md: "do not declare them").</summary>
    private static readonly string[] s_builtInResourceMembers = { "id", "type", "links", "created", "updated" };

    private static EnumSpec EmptyEnum(string name) => new(name, null, ImmutableEquatableArray<EnumValueSpec>.Empty);

    private static ObjectSpec EmptyObject(string name) => new(name, null, ImmutableEquatableArray<FieldSpec>.Empty);

    private static ResourceSpec EmptyResource(string name) => new(
        name,
        string.Empty,
        null,
        ImmutableEquatableArray<AttributeSpec>.Empty,
        ImmutableEquatableArray<RelationshipSpec>.Empty,
        ImmutableEquatableArray<FieldSpec>.Empty);

    private EnumSpec BuildEnum(SchemaObject body, string name)
    {
        var values = new List<EnumValueSpec>();
        var wireValues = new UniqueNames("Enum value", _diagnostics);
        var memberNames = new UniqueNames("Enum member", _diagnostics);
        var items = body.Array("values", required: true)?.Items ?? Array.Empty<JsonNode>();
        for (var i = 0; i < items.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (ParseEnumValue(items[i], $"values[{i}]", name) is { } parsed
                && wireValues.Add(parsed.Value.Value, parsed.Span)
                && memberNames.Add(parsed.Value.MemberName, parsed.Span))
            {
                values.Add(parsed.Value);
            }
        }

        return new EnumSpec(name, body.String("summary")?.Value, values.ToImmutableEquatableArray());
    }

    /// <summary>A value written as a string, or as <c>{ "value", "name", "summary" }</c>; with the span of its wire value.</summary>
    private (EnumValueSpec Value, TextSpan Span)? ParseEnumValue(JsonNode item, string itemName, string enumName)
    {
        JsonStringNode? wire;
        JsonStringNode? explicitName = null;
        string? summary = null;
        switch (item)
        {
            case JsonStringNode text:
                wire = text;
                break;
            case JsonObjectNode node:
                var body = SchemaObject.Open(node, $"{itemName} of enum '{MessageText.Quote(enumName)}'", new TextSpan(node.Span.Start, 1), SchemaFormat.EnumValueKeys, _diagnostics);
                wire = body.String("value", required: true);
                explicitName = body.String("name");
                summary = body.String("summary")?.Value;
                break;
            default:
                _diagnostics.Report(DiagnosticDescriptors.WrongValueType, item.Span, itemName, "a string or an object", Values.Describe(item.Kind));
                return null;
        }

        if (wire is null)
        {
            return null;
        }

        Record(SchemaElementKind.EnumValue, wire.Value, wire.Span);
        var remedy = $"; write it as {{ \"value\": \"{MessageText.Quote(wire.Value)}\", \"name\": \"…\" }}";
        var memberName = CSharpName(wire.Value, wire.Span, explicitName, "an enum member name", remedy);
        return memberName is null ? null : (new EnumValueSpec(wire.Value, memberName, summary), wire.Span);
    }

    private ObjectSpec BuildObject(SchemaObject body, string name)
    {
        var properties = ParseFields(body.Object("properties"), FieldRole.ObjectProperty, $"object '{name}'", new UniqueNames("Property", _diagnostics));
        return new ObjectSpec(name, body.String("summary")?.Value, properties);
    }

    private ResourceSpec BuildResource(SchemaObject body, string name)
    {
        var jsonApiType = body.String("type", required: true);
        if (jsonApiType is not null && !IsKebabCase(jsonApiType.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, jsonApiType.Span, MessageText.Quote(jsonApiType.Value), "type", "the JSON:API type in plural kebab-case, e.g. \"webhook-endpoints\"");
        }

        // Attributes, relationship properties and meta all become properties of one model class.
        var propertyNames = new UniqueNames("Property", _diagnostics);
        var attributes = new List<AttributeSpec>();
        foreach (var member in body.Object("attributes")?.Members ?? Array.Empty<JsonMember>())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (ParseAttribute(member, name, propertyNames) is { } attribute)
            {
                attributes.Add(attribute);
            }
        }

        var relationships = new List<RelationshipSpec>();
        foreach (var member in body.Object("relationships")?.Members ?? Array.Empty<JsonMember>())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (ParseRelationship(member, name, propertyNames) is { } relationship)
            {
                relationships.Add(relationship);
            }
        }

        var meta = ParseFields(body.Object("meta"), FieldRole.ResourceMeta, $"resource '{name}'", propertyNames);
        return new ResourceSpec(
            name,
            jsonApiType?.Value ?? string.Empty,
            body.String("summary")?.Value,
            attributes.ToImmutableEquatableArray(),
            relationships.ToImmutableEquatableArray(),
            meta);
    }

    private AttributeSpec? ParseAttribute(JsonMember member, string resourceName, UniqueNames propertyNames)
    {
        var errorsBefore = _diagnostics.Count;
        Record(SchemaElementKind.Attribute, member.Key, member.KeySpan);
        var builtIn = Array.IndexOf(s_builtInResourceMembers, member.Key) >= 0;
        if (builtIn)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, member.KeySpan, member.Key, "an attribute name", "every resource model has it already");
        }

        var body = SchemaObject.OpenValue(member.Value, member.Key, $"attribute '{MessageText.Quote(member.Key)}' of resource '{MessageText.Quote(resourceName)}'", member.KeySpan, SchemaFormat.AttributeKeys, _diagnostics);
        if (body is null)
        {
            return null;
        }

        var typeNode = body.String("type", required: true);
        var type = typeNode is null ? null : TypeOf(typeNode);
        var nullable = body.Bool("nullable") ?? false;
        var summary = body.String("summary")?.Value;
        var create = CreatePresence(body);
        var update = body.Bool("update") ?? false;
        var writeOnly = body.Bool("writeOnly") ?? false;
        var secret = body.Bool("secret") ?? false;
        var deprecated = body.String("deprecated")?.Value;
        var bearers = ParseBearers(body, member.Key, create, update);
        if (writeOnly && create == Presence.No && !update)
        {
            ReportInconsistency(body.Member("writeOnly")!.Value.Span, $"Attribute '{MessageText.Quote(member.Key)}' is write-only but accepted neither on create nor on update, so it is never sent");
        }

        var propertyName = CSharpName(member.Key, member.KeySpan, body.String("name"), "a property name", "; set \"name\"");
        if (propertyName is not null && !builtIn)
        {
            propertyNames.Add(propertyName, member.KeySpan);
        }

        if (_diagnostics.Count > errorsBefore || type is null || propertyName is null)
        {
            return null;
        }

        return new AttributeSpec(member.Key, propertyName, type, nullable, summary, create, update, writeOnly, secret, deprecated, bearers);
    }

    private RelationshipSpec? ParseRelationship(JsonMember member, string resourceName, UniqueNames propertyNames)
    {
        var errorsBefore = _diagnostics.Count;
        Record(SchemaElementKind.Relationship, member.Key, member.KeySpan);
        var body = SchemaObject.OpenValue(member.Value, member.Key, $"relationship '{MessageText.Quote(member.Key)}' of resource '{MessageText.Quote(resourceName)}'", member.KeySpan, SchemaFormat.RelationshipKeys, _diagnostics);
        if (body is null)
        {
            return null;
        }

        var inline = body.Bool("inline") ?? false;
        var targets = RelationshipTargets(body, inline ? ReferenceTarget.InlineResource : ReferenceTarget.Resource);
        var many = body.Bool("many") ?? false;
        var nullable = body.Bool("nullable") ?? false;
        var summary = body.String("summary")?.Value;
        var create = CreatePresence(body);
        var update = body.Bool("update") ?? false;
        var bearers = ParseBearers(body, member.Key, create, update);
        var meta = RelationshipMeta(body, member.Key, resourceName, many);
        if (many && nullable)
        {
            ReportInconsistency(body.Member("nullable")!.Value.Span, $"Relationship '{MessageText.Quote(member.Key)}' is to-many, so it cannot be nullable (an empty list is sent instead)");
        }

        if (inline)
        {
            CheckInline(MessageText.Quote(member.Key), body, targets, many, create, update);
        }
        else if (many)
        {
            CheckToManyLinks(member.Key, body, create, update);
        }

        // A to-one relationship is exposed as its id (PolicyId), plus its type when polymorphic (BearerType).
        var propertyName = CSharpName(member.Key, member.KeySpan, body.String("name"), "a relationship name", "; set \"name\"", many ? string.Empty : "Id");
        if (propertyName is not null)
        {
            propertyNames.Add(propertyName, member.KeySpan);
            if (!many && targets is { Count: > 1 })
            {
                propertyNames.Add(RelationshipSpec.TypePropertyNameOf(propertyName), member.KeySpan);
            }
        }

        if (_diagnostics.Count > errorsBefore || targets is null || propertyName is null)
        {
            return null;
        }

        return new RelationshipSpec(member.Key, propertyName, targets, many, nullable, summary, create, update, inline, bearers, meta);
    }

    /// <summary>The fields of a to-many relationship's <c>meta</c>, or null when it has none (a to-one relationship may not: reported).</summary>
    private ImmutableEquatableArray<FieldSpec>? RelationshipMeta(SchemaObject body, string relationship, string resourceName, bool many)
    {
        if (body.Member("meta") is not { } member)
        {
            return null;
        }

        if (!many)
        {
            ReportInconsistency(member.KeySpan, $"Relationship '{MessageText.Quote(relationship)}' is to-one; only a to-many relationship's \"meta\" is read (the model has no property for the relationship itself)");
        }

        var fields = ParseFields(body.Object("meta"), FieldRole.RelationshipMeta, $"the meta of relationship '{MessageText.Quote(relationship)}' of resource '{MessageText.Quote(resourceName)}'",
            new UniqueNames("Property", _diagnostics), relationship + ".");
        return many ? fields : null;
    }

    /// <summary>
    /// An inline relationship sends a list of new resources of one type, on create only; each rule is reported at the
    /// value that breaks it.
    /// </summary>
    private void CheckInline(string name, SchemaObject body, ImmutableEquatableArray<string>? targets, bool many, Presence create, bool update)
    {
        var inlineValue = body.Member("inline")!.Value.Span;
        if (!many)
        {
            ReportInconsistency(inlineValue, $"Relationship '{name}' is inline, so it must be to-many (\"many\": true): its create request carries a list of new resources");
        }
        else if (create == Presence.No)
        {
            ReportInconsistency(inlineValue, $"Relationship '{name}' is inline but not accepted on create; set \"create\"");
        }

        if (targets is { Count: > 1 })
        {
            ReportInconsistency(body.Member("to")!.Value.Span, $"Relationship '{name}' is inline, so it needs one target resource: the new resources are all of one type");
        }

        if (update)
        {
            ReportInconsistency(body.Member("update")!.Value.Span, $"Relationship '{name}' is inline: new resources are sent on create only, not on update");
        }
    }

    /// <summary>
    /// A to-many relationship that is not inline is not written by create or update requests: Keygen links existing resources
    /// to it through its own operations (attach and detach, a <c>toMany</c> body), and its create and update bodies take no
    /// list of links; only an inline relationship's create request carries a list, of new resources.
    /// </summary>
    private void CheckToManyLinks(string name, SchemaObject body, Presence create, bool update)
    {
        const string Remedy = "link existing resources through an operation with a \"toMany\" body, or make it \"inline\" to create new ones with it";
        if (create != Presence.No)
        {
            ReportInconsistency(body.Member("create")!.Value.Span, $"Relationship '{name}' is to-many, so it is not accepted on create; {Remedy}");
        }

        if (update)
        {
            ReportInconsistency(body.Member("update")!.Value.Span, $"Relationship '{name}' is to-many, so it is not accepted on update; {Remedy}");
        }
    }

    /// <summary><c>"to"</c>: a resource name, or a non-empty array of distinct names for a polymorphic linkage.</summary>
    /// <param name="target">What the names must be: an inline relationship's target is checked for its item class too.</param>
    private ImmutableEquatableArray<string>? RelationshipTargets(SchemaObject body, ReferenceTarget target)
    {
        const string Expected = "a resource name or an array of resource names";
        var to = body.Required("to")?.Value;
        switch (to)
        {
            case null:
                return null;
            case JsonStringNode single:
                return new[] { Reference(single, target) }.ToImmutableEquatableArray();
            case JsonArrayNode { Items.Count: 0 }:
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, to.Span, "[]", "to", Expected);
                return null;
            case JsonArrayNode array:
                return ResourceNames(array, "to", "Relationship target", target);
            default:
                _diagnostics.Report(DiagnosticDescriptors.WrongValueType, to.Span, "to", Expected, Values.Describe(to.Kind));
                return null;
        }
    }

    /// <summary>The distinct resource names of an array such as <c>"to"</c> or a union's <c>"of"</c>; repeats are KGEN0013.</summary>
    /// <param name="key">The array's key, for messages about its items: <c>to[1]</c>.</param>
    /// <param name="label">What a repeated name is, for KGEN0013: <c>Relationship target</c>.</param>
    private ImmutableEquatableArray<string> ResourceNames(JsonArrayNode array, string key, string label, ReferenceTarget target)
    {
        var names = new List<string>();
        var distinct = new UniqueNames(label, _diagnostics);
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (Values.Expect<JsonStringNode>(array.Items[i], $"{key}[{i}]", _diagnostics) is { } name && distinct.Add(name.Value, name.Span))
            {
                names.Add(Reference(name, target));
            }
        }

        return names.ToImmutableEquatableArray();
    }

    /// <summary><c>"create"</c>: <c>"required"</c>, <c>"optional"</c> or <c>"no"</c> (the default).</summary>
    private Presence CreatePresence(SchemaObject body)
        => body.String("create") is { } create ? SchemaFormat.Presence.Read(create, "create", _diagnostics) ?? Presence.No : Presence.No;

    private static bool IsKebabCase(string text)
    {
        if (text.Length == 0 || text[0] is not (>= 'a' and <= 'z') || text[text.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
