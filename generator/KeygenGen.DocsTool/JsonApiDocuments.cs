using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Model;
using NJsonSchema;

namespace KeygenGen.DocsTool;

/// <summary>The JSON Schema of the JSON:API documents operations send and receive, built on <see cref="OpenApiSchemas"/>.</summary>
internal sealed class JsonApiDocuments(OpenApiSchemas schemas, ApiSpec spec)
{
    public JsonSchema Request(BodySpec body)
    {
        var document = new JsonSchema { Type = JsonObjectType.Object };
        switch (body.Mode)
        {
            case BodyMode.Create or BodyMode.Update:
                OpenApiSchemas.AddProperty(document, "data", ResourceInput(body), required: true);
                break;
            case BodyMode.CreateMany:
                var resources = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = ResourceInput(body) };
                OpenApiSchemas.AddProperty(document, "data", resources, required: true);
                break;
            case BodyMode.ToOne:
                OpenApiSchemas.AddProperty(document, "data", schemas.Linkage([body.Resource!], nullable: true), required: true);
                break;
            case BodyMode.ToMany:
                var identifiers = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = schemas.Linkage([body.Resource!], nullable: false) };
                OpenApiSchemas.AddProperty(document, "data", identifiers, required: true);
                break;
        }

        if (body.Meta.Count > 0)
        {
            var meta = OpenApiSchemas.ObjectProperty();
            foreach (var field in body.Meta)
            {
                OpenApiSchemas.AddProperty(meta, field.JsonName, schemas.Field(new JsonSchemaProperty(), field), field.Required);
            }

            // A meta-only body (an action) is nothing but its meta.
            OpenApiSchemas.AddProperty(document, "meta", meta, required: body.Mode == BodyMode.Meta);
        }

        return document;
    }

    /// <summary>The body of a successful response with a JSON:API document (single or list).</summary>
    public JsonSchema Response(ResponseSpec response)
    {
        var document = new JsonSchema { Type = JsonObjectType.Object };
        var resource = schemas.Component(response.Resource ?? throw new DocsToolException($"A {response.Kind} response names no resource."));
        if (response.Kind == ResponseKind.List)
        {
            var data = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = new JsonSchema { Reference = resource } };
            OpenApiSchemas.AddProperty(document, "data", data, required: true);
            OpenApiSchemas.AddProperty(document, "links", PageLinks(), required: false);
        }
        else
        {
            var data = new JsonSchemaProperty();
            if (response.Nullable)
            {
                data.IsNullableRaw = true;
                data.AllOf.Add(new JsonSchema { Reference = resource });
            }
            else
            {
                data.Reference = resource;
            }

            OpenApiSchemas.AddProperty(document, "data", data, required: true);
        }

        if (response.Meta is { } meta)
        {
            OpenApiSchemas.AddProperty(document, "meta", new JsonSchemaProperty { Reference = schemas.Component(meta) }, required: true);
        }

        return document;
    }

    private JsonSchemaProperty ResourceInput(BodySpec body)
    {
        var resource = RequestBody.Resource(body, spec)
            ?? throw new DocsToolException($"The body resource '{body.Resource}' is not a declared resource.");
        return ResourceObject(body.Mode, resource, RequestBody.Relationships(body.Mode, resource), [resource.Name]);
    }

    /// <summary>A resource object a request sends: its type, the attributes and relationships the mode writes.</summary>
    /// <param name="enclosing">The resources it is nested in (itself included), so an inline cycle is not expanded forever.</param>
    private JsonSchemaProperty ResourceObject(BodyMode mode, ResourceSpec resource, IEnumerable<RelationshipSpec> relationshipsSent, IReadOnlyList<string> enclosing)
    {
        var data = new JsonSchemaProperty { Type = JsonObjectType.Object };
        var type = new JsonSchemaProperty { Type = JsonObjectType.String };
        type.Enumeration.Add(resource.JsonApiType);
        OpenApiSchemas.AddProperty(data, "type", type, required: true);
        if (mode == BodyMode.Update)
        {
            OpenApiSchemas.AddProperty(data, "id", new JsonSchemaProperty { Type = JsonObjectType.String }, required: false);
        }

        var attributes = OpenApiSchemas.ObjectProperty();
        foreach (var attribute in RequestBody.Attributes(mode, resource))
        {
            var property = schemas.Typed(new JsonSchemaProperty(), attribute.Type, attribute.Nullable, attribute.Summary);
            OpenApiSchemas.AddProperty(attributes, attribute.JsonName, property, RequestBody.IsRequired(mode, attribute.Create));
        }

        OpenApiSchemas.AddProperty(data, "attributes", attributes, required: attributes.RequiredProperties.Count > 0);

        var relationships = OpenApiSchemas.ObjectProperty();
        foreach (var relationship in relationshipsSent)
        {
            var member = OpenApiSchemas.ObjectProperty(relationship.Summary);
            OpenApiSchemas.AddProperty(member, "data", Linkage(relationship, enclosing), required: true);
            OpenApiSchemas.AddProperty(relationships, relationship.JsonName, member, RequestBody.IsRequired(mode, relationship.Create));
        }

        if (relationships.Properties.Count > 0)
        {
            OpenApiSchemas.AddProperty(data, "relationships", relationships, required: relationships.RequiredProperties.Count > 0);
        }

        return data;
    }

    /// <summary>A relationship's <c>data</c>: identifiers, or for an inline relationship new resource objects of its target.</summary>
    private JsonSchemaProperty Linkage(RelationshipSpec relationship, IReadOnlyList<string> enclosing)
    {
        if (relationship.Inline && RequestBody.Resource(relationship.Targets[0], spec) is { } target && !enclosing.Contains(target.Name))
        {
            var item = ResourceObject(BodyMode.Create, target, RequestBody.ItemRelationships(target, spec), [.. enclosing, target.Name]);
            return new JsonSchemaProperty { Type = JsonObjectType.Array, Item = item };
        }

        return relationship.Many
            ? new JsonSchemaProperty { Type = JsonObjectType.Array, Item = schemas.Linkage(relationship.Targets, nullable: false) }
            : schemas.Linkage(relationship.Targets, relationship.Nullable);
    }

    /// <summary>Keyset paging links: <c>next</c> is null on the last page.</summary>
    private static JsonSchemaProperty PageLinks()
    {
        var links = OpenApiSchemas.ObjectProperty();
        foreach (var name in new[] { "self", "next", "prev", "first", "last" })
        {
            OpenApiSchemas.AddProperty(links, name, new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true }, required: false);
        }

        return links;
    }
}
