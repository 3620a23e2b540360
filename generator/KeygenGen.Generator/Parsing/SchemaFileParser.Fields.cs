using System;
using System.Collections.Generic;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Parsing;

/// <summary>Where a map of fields appears; some keys only make sense in some places.</summary>
internal enum FieldRole
{
    /// <summary>A property of an object declaration: the only place <c>"source": "data"</c> is meaningful.</summary>
    ObjectProperty,
    QueryParameter,
    /// <summary>Always required and never null; its type defaults to <c>"string"</c>.</summary>
    PathParameter,
    RequestMeta,
    ResourceMeta,
    /// <summary>A member of a relationship's <c>meta</c>; recorded as <c>relationship.key</c>.</summary>
    RelationshipMeta,
}

// Fields (schema/README.md "Fields").
internal sealed partial class SchemaFileParser
{
    private const string QueryTypes = "a type a query string can carry: string, integer, int64, number, boolean, datetime, object or an enum name, or string[] or an enum name with []";

    /// <summary>The fields of a map such as <c>"query"</c>, in document order; fields with errors are left out.</summary>
    /// <param name="owner">What the map belongs to, for messages: <c>object 'LicenseValidation'</c>.</param>
    /// <param name="propertyNames">The C# names already taken in the class the fields become properties of.</param>
    /// <param name="recordedPrefix">What comes before each key in its recorded element (a relationship meta's <c>machines.</c>).</param>
    private ImmutableEquatableArray<FieldSpec> ParseFields(JsonObjectNode? map, FieldRole role, string owner, UniqueNames propertyNames, string recordedPrefix = "")
    {
        var fields = new List<FieldSpec>();
        foreach (var member in map?.Members ?? Array.Empty<JsonMember>())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Record(ElementKind(role), recordedPrefix + member.Key, member.KeySpan);
            if (ParseField(member, role, owner) is { } field && propertyNames.Add(field.PropertyName, member.KeySpan))
            {
                fields.Add(field);
            }
        }

        return fields.ToImmutableEquatableArray();
    }

    private static SchemaElementKind ElementKind(FieldRole role) => role switch
    {
        FieldRole.ObjectProperty => SchemaElementKind.Property,
        FieldRole.QueryParameter => SchemaElementKind.Query,
        FieldRole.PathParameter => SchemaElementKind.PathParameter,
        FieldRole.RequestMeta => SchemaElementKind.BodyMeta,
        FieldRole.RelationshipMeta => SchemaElementKind.RelationshipMeta,
        _ => SchemaElementKind.ResourceMeta,
    };

    private FieldSpec? ParseField(JsonMember member, FieldRole role, string owner)
    {
        var errorsBefore = _diagnostics.Count;
        var body = SchemaObject.OpenValue(member.Value, member.Key, $"field '{MessageText.Quote(member.Key)}' of {owner}", member.KeySpan, SchemaFormat.FieldKeys, _diagnostics);
        if (body is null)
        {
            return null;
        }

        var isPath = role == FieldRole.PathParameter;
        var typeNode = body.String("type", required: !isPath);
        var type = typeNode is not null ? (role == FieldRole.QueryParameter ? QueryType(typeNode) : TypeOf(typeNode))
            : isPath && body.Member("type") is null ? new TypeRefSpec(TypeKind.String, null, false)
            : null;
        var required = body.Bool("required");
        var nullable = body.Bool("nullable");
        if (isPath && required == false)
        {
            ReportInconsistency(body.Member("required")!.Value.Span, $"Path parameter '{MessageText.Quote(member.Key)}' is always required");
        }

        if (isPath && nullable == true)
        {
            ReportInconsistency(body.Member("nullable")!.Value.Span, $"Path parameter '{MessageText.Quote(member.Key)}' cannot be null");
        }

        var source = Source(body, role);
        var summary = body.String("summary")?.Value;
        var secret = body.Bool("secret") ?? false;
        var propertyName = CSharpName(member.Key, member.KeySpan, body.String("name"), "a property name", "; set \"name\"");
        if (_diagnostics.Count > errorsBefore || type is null || propertyName is null)
        {
            return null;
        }

        return new FieldSpec(member.Key, propertyName, type, required ?? isPath, nullable ?? false, summary, secret, source);
    }

    /// <summary>
    /// The type of a query parameter, or null after reporting KGEN0012: a value the query string can carry (a string,
    /// number, boolean, date, enum, or a free-form object sent as <c>name[key]=value</c>), or a list of strings or
    /// enum values (<c>name[]=a&amp;name[]=b</c>). A named type must be an enum (the binder checks, KGEN0007).
    /// </summary>
    private TypeRefSpec? QueryType(JsonStringNode node)
    {
        if (TypeOf(node, ReferenceTarget.Enum) is not { } type)
        {
            return null;
        }

        var supported = type.IsArray
            ? type.Kind is TypeKind.String || type.Name is not null
            : type.Kind is not TypeKind.Any;
        if (supported)
        {
            return type;
        }

        _diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Span, MessageText.Quote(node.Value), "type", QueryTypes);
        return null;
    }

    /// <summary><c>"source"</c>: only <c>"data"</c>, and only on object properties (the default is the member of the same name).</summary>
    private FieldSource Source(SchemaObject body, FieldRole role)
    {
        if (body.String("source") is not { } source)
        {
            return FieldSource.Member;
        }

        var value = SchemaFormat.Source.Read(source, "source", _diagnostics);
        if (value is not null && role != FieldRole.ObjectProperty)
        {
            ReportInconsistency(source.Span, "\"source\": \"data\" is only meaningful on a property of an object read from a response's meta");
        }

        return value ?? FieldSource.Member;
    }
}
