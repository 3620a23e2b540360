using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Model;
using NJsonSchema;

namespace KeygenGen.DocsTool;

/// <summary>
/// The document's component schemas (every resource type as its JSON:API resource object, every union as
/// <c>oneOf</c> its members told apart by <c>type</c>, every enum and object, plus the error document) and the
/// mapping of schema types to JSON Schema that the operations use.
/// </summary>
internal sealed class OpenApiSchemas
{
    public const string ErrorDocument = "ErrorDocument";

    private readonly IDictionary<string, JsonSchema> _components;
    private readonly Dictionary<string, string> _jsonApiTypes;

    private OpenApiSchemas(IDictionary<string, JsonSchema> components, ApiSpec spec)
    {
        _components = components;
        _jsonApiTypes = spec.Resources.ToDictionary(r => r.Name, r => r.JsonApiType, StringComparer.Ordinal);
    }

    /// <summary>Adds one component per declaration (ordinal order) to <paramref name="components"/>.</summary>
    public static OpenApiSchemas AddComponents(IDictionary<string, JsonSchema> components, ApiSpec spec)
    {
        var schemas = new OpenApiSchemas(components, spec);
        var names = spec.Enums.Select(e => e.Name)
            .Concat(spec.Objects.Select(o => o.Name))
            .Concat(spec.Resources.Select(r => r.Name))
            .Concat(spec.Unions.Select(u => u.Name))
            .Append(ErrorDocument)
            .ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new DocsToolException($"A schema declaration is named '{ErrorDocument}', which the OpenAPI document reserves for errors.");
        }

        // Every component exists before any is filled in, so references between them resolve in any order.
        foreach (var name in names.OrderBy(n => n, StringComparer.Ordinal))
        {
            components.Add(name, new JsonSchema());
        }

        foreach (var declaration in spec.Enums)
        {
            FillEnum(components[declaration.Name], declaration);
        }

        foreach (var declaration in spec.Objects)
        {
            schemas.FillObject(components[declaration.Name], declaration);
        }

        foreach (var declaration in spec.Resources)
        {
            schemas.FillResource(components[declaration.Name], declaration);
        }

        foreach (var declaration in spec.Unions)
        {
            schemas.FillUnion(components[declaration.Name], declaration);
        }

        FillErrorDocument(components[ErrorDocument]);
        return schemas;
    }

    public JsonSchema Component(string name) => _components.TryGetValue(name, out var schema)
        ? schema
        : throw new DocsToolException($"'{name}' is not a declared enum, object, resource or union.");

    /// <summary>Fills <paramref name="schema"/> with the JSON Schema of a schema type.</summary>
    public T Typed<T>(T schema, TypeRefSpec type, bool nullable, string? summary)
        where T : JsonSchema
    {
        schema.Description = summary;
        if (nullable)
        {
            schema.IsNullableRaw = true;
        }

        if (type.IsArray)
        {
            schema.Type = JsonObjectType.Array;
            schema.Item = Element(new JsonSchema(), type, wrapReference: false);
        }
        else
        {
            Element(schema, type, wrapReference: summary is not null || nullable);
        }

        return schema;
    }

    public T Field<T>(T schema, FieldSpec field)
        where T : JsonSchema
        => Typed(schema, field.Type, field.Nullable, field.Summary);

    /// <summary>A JSON:API resource identifier <c>{type, id}</c> of one of <paramref name="targets"/>.</summary>
    public JsonSchemaProperty Linkage(IEnumerable<string> targets, bool nullable)
    {
        var linkage = new JsonSchemaProperty { Type = JsonObjectType.Object };
        if (nullable)
        {
            linkage.IsNullableRaw = true;
        }

        var type = new JsonSchemaProperty { Type = JsonObjectType.String };
        foreach (var target in targets)
        {
            type.Enumeration.Add(_jsonApiTypes.TryGetValue(target, out var jsonApiType)
                ? jsonApiType
                : throw new DocsToolException($"'{target}' is not a declared resource."));
        }

        AddProperty(linkage, "type", type, required: true);
        AddProperty(linkage, "id", new JsonSchemaProperty { Type = JsonObjectType.String }, required: true);
        return linkage;
    }

    /// <summary>A property of JSON type object with no declared members yet.</summary>
    public static JsonSchemaProperty ObjectProperty(string? description = null)
        => new() { Type = JsonObjectType.Object, Description = description };

    public static void AddProperty(JsonSchema parent, string name, JsonSchemaProperty property, bool required)
    {
        parent.Properties.Add(name, property);
        if (required)
        {
            parent.RequiredProperties.Add(name);
        }
    }

    private JsonSchema Element(JsonSchema target, TypeRefSpec type, bool wrapReference)
    {
        switch (type.Kind)
        {
            case TypeKind.String: target.Type = JsonObjectType.String; break;
            case TypeKind.Integer: target.Type = JsonObjectType.Integer; target.Format = "int32"; break;
            case TypeKind.Int64: target.Type = JsonObjectType.Integer; target.Format = "int64"; break;
            case TypeKind.Number: target.Type = JsonObjectType.Number; target.Format = "double"; break;
            case TypeKind.Boolean: target.Type = JsonObjectType.Boolean; break;
            case TypeKind.DateTime: target.Type = JsonObjectType.String; target.Format = "date-time"; break;
            case TypeKind.JsonObject: target.Type = JsonObjectType.Object; break;
            case TypeKind.Any: break;
            case TypeKind.Enum or TypeKind.Object or TypeKind.Resource or TypeKind.Union:
                // OpenAPI 3.0 ignores siblings of $ref, so a reference that carries a description or nullability is wrapped.
                var component = Component(type.Name!);
                if (wrapReference)
                {
                    target.AllOf.Add(new JsonSchema { Reference = component });
                }
                else
                {
                    target.Reference = component;
                }

                break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind.");
        }

        return target;
    }

    private static void FillEnum(JsonSchema schema, EnumSpec declaration)
    {
        schema.Type = JsonObjectType.String;
        schema.Description = Sentences(declaration.Summary, "Extensible: a value not listed here may be sent by the server and is kept.");
        foreach (var value in declaration.Values)
        {
            schema.Enumeration.Add(value.Value);
            schema.EnumerationNames.Add(value.MemberName);
        }
    }

    private void FillObject(JsonSchema schema, ObjectSpec declaration)
    {
        schema.Type = JsonObjectType.Object;
        schema.Description = declaration.Summary;
        // A property taken from the document's primary data is not a member of this object on the wire.
        foreach (var property in declaration.Properties.Where(p => p.Source == FieldSource.Member))
        {
            AddProperty(schema, property.JsonName, Field(new JsonSchemaProperty(), property), property.Required);
        }
    }

    private void FillResource(JsonSchema schema, ResourceSpec declaration)
    {
        schema.Type = JsonObjectType.Object;
        schema.Description = declaration.Summary;
        AddProperty(schema, "id", new JsonSchemaProperty { Type = JsonObjectType.String }, required: true);
        var type = new JsonSchemaProperty { Type = JsonObjectType.String };
        type.Enumeration.Add(declaration.JsonApiType);
        AddProperty(schema, "type", type, required: true);

        var attributes = ObjectProperty();
        foreach (var attribute in declaration.Attributes)
        {
            AddProperty(attributes, attribute.JsonName, Attribute(attribute), required: false);
        }

        // Every resource model has these; the schema does not declare them (schema/README.md).
        foreach (var timestamp in new[] { "created", "updated" })
        {
            var property = new JsonSchemaProperty { Type = JsonObjectType.String, Format = "date-time", IsReadOnly = true };
            AddProperty(attributes, timestamp, property, required: false);
        }

        AddProperty(schema, "attributes", attributes, required: true);

        if (declaration.Relationships.Count > 0)
        {
            var relationships = ObjectProperty();
            foreach (var relationship in declaration.Relationships)
            {
                AddProperty(relationships, relationship.JsonName, Relationship(relationship), required: false);
            }

            AddProperty(schema, "relationships", relationships, required: false);
        }

        var links = ObjectProperty();
        AddProperty(links, "self", new JsonSchemaProperty { Type = JsonObjectType.String }, required: false);
        AddProperty(schema, "links", links, required: false);

        if (declaration.Meta.Count > 0)
        {
            AddProperty(schema, "meta", MetaObject(declaration.Meta), required: false);
        }
    }

    /// <summary>A <c>meta</c> object of the given fields (a resource's own, or a to-many relationship's).</summary>
    private JsonSchemaProperty MetaObject(IEnumerable<FieldSpec> fields)
    {
        var meta = ObjectProperty();
        foreach (var field in fields)
        {
            AddProperty(meta, field.JsonName, Field(new JsonSchemaProperty(), field), field.Required);
        }

        return meta;
    }

    /// <summary>
    /// A union is one of its members' resource objects; the <c>type</c> member says which (an OpenAPI
    /// discriminator mapping each JSON:API type to its component).
    /// </summary>
    private void FillUnion(JsonSchema schema, UnionSpec declaration)
    {
        schema.Description = Sentences(declaration.Summary, "One of: " + string.Join(", ", declaration.Members) + "; the JSON:API type says which.");
        var discriminator = new OpenApiDiscriminator { PropertyName = "type" };
        foreach (var member in declaration.Members)
        {
            var component = Component(member);
            schema.OneOf.Add(new JsonSchema { Reference = component });
            discriminator.Mapping.Add(_jsonApiTypes[member], new JsonSchema { Reference = component });
        }

        schema.DiscriminatorObject = discriminator;
    }

    private JsonSchemaProperty Attribute(AttributeSpec attribute)
    {
        var property = Typed(new JsonSchemaProperty(), attribute.Type, attribute.Nullable, attribute.Summary);
        property.IsReadOnly = attribute.Create == Presence.No && !attribute.Update;
        property.IsWriteOnly = attribute.WriteOnly;
        if (attribute.Deprecated is { } replacement)
        {
            property.IsDeprecated = true;
            property.Description = Sentences(attribute.Summary, "Deprecated: " + replacement);
        }

        return property;
    }

    private JsonSchemaProperty Relationship(RelationshipSpec relationship)
    {
        var schema = ObjectProperty(relationship.Summary);
        if (relationship.Many)
        {
            // To-many relationships come as links only, never as embedded identifiers.
            var links = ObjectProperty();
            AddProperty(links, "related", new JsonSchemaProperty { Type = JsonObjectType.String }, required: false);
            AddProperty(schema, "links", links, required: false);
            if (relationship.Meta is { Count: > 0 } fields)
            {
                AddProperty(schema, "meta", MetaObject(fields), required: false);
            }
        }
        else
        {
            AddProperty(schema, "data", Linkage(relationship.Targets, relationship.Nullable), required: false);
        }

        return schema;
    }

    private static void FillErrorDocument(JsonSchema schema)
    {
        schema.Type = JsonObjectType.Object;
        schema.Description = "A Keygen error document: every response with a 4xx or 5xx status has this body.";

        var source = ObjectProperty("What the error is about: a JSON pointer into the request body, a query parameter or a header.");
        foreach (var member in new[] { "pointer", "parameter", "header" })
        {
            AddProperty(source, member, new JsonSchemaProperty { Type = JsonObjectType.String }, required: false);
        }

        var error = new JsonSchema { Type = JsonObjectType.Object };
        AddProperty(error, "title", new JsonSchemaProperty { Type = JsonObjectType.String }, required: true);
        AddProperty(error, "detail", new JsonSchemaProperty { Type = JsonObjectType.String }, required: false);
        AddProperty(error, "code", new JsonSchemaProperty { Type = JsonObjectType.String, Description = "A stable code, e.g. NOT_FOUND." }, required: false);
        AddProperty(error, "source", source, required: false);

        AddProperty(schema, "errors", new JsonSchemaProperty { Type = JsonObjectType.Array, Item = error }, required: true);
        var meta = ObjectProperty();
        AddProperty(meta, "id", new JsonSchemaProperty { Type = JsonObjectType.String, Description = "The request id." }, required: false);
        AddProperty(schema, "meta", meta, required: false);
    }

    private static string Sentences(string? first, string second) => first is null ? second : first + " " + second;
}
