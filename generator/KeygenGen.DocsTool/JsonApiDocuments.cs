using System.Collections.Generic;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;
using NJsonSchema;

namespace KeygenGen.DocsTool;

/// <summary>The JSON Schema of the JSON:API documents operations send and receive, built on <see cref="OpenApiSchemas"/>.</summary>
internal sealed class JsonApiDocuments(OpenApiSchemas schemas, ApiPlan plan)
{
    /// <summary>The request document of an operation with a body: the members are those of the generator's plan of its request class.</summary>
    public JsonSchema Request(OperationSpec operation, BodySpec body)
    {
        var document = new JsonSchema { Type = JsonObjectType.Object };
        var request = RequestBody.RequestOf(operation, plan);
        switch (body.Mode)
        {
            case BodyMode.Create or BodyMode.Update:
                OpenApiSchemas.AddProperty(document, "data", ResourceInput(operation, request, body.Mode), required: true);
                break;
            case BodyMode.CreateMany:
                var resources = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = ResourceInput(operation, request, body.Mode) };
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

        if (request?.In(RequestSection.Meta) is { Count: > 0 } metaMembers)
        {
            var meta = OpenApiSchemas.ObjectProperty();
            foreach (var member in metaMembers)
            {
                OpenApiSchemas.AddProperty(meta, member.JsonName, Value(member), Required(member));
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

    private JsonSchemaProperty ResourceInput(OperationSpec operation, RequestPlan? request, BodyMode mode)
    {
        if (request?.JsonApiType is null)
        {
            throw new DocsToolException($"The body of '{operation.Id}' writes no resource object in the plan.");
        }

        return ResourceObject(request, includeId: mode == BodyMode.Update, [request.Resource ?? operation.Body!.Resource!]);
    }

    /// <summary>A resource object a request sends: its type, and the attributes and relationships the request class writes.</summary>
    /// <param name="includeId">An update may name the resource's id in the body too (as a create does whose caller may choose it).</param>
    /// <param name="enclosing">The resources it is nested in (itself included), so an inline cycle is not expanded forever.</param>
    private JsonSchemaProperty ResourceObject(RequestPlan request, bool includeId, IReadOnlyList<string> enclosing)
    {
        var data = new JsonSchemaProperty { Type = JsonObjectType.Object };
        var type = new JsonSchemaProperty { Type = JsonObjectType.String };
        type.Enumeration.Add(request.JsonApiType);
        OpenApiSchemas.AddProperty(data, "type", type, required: true);
        if (includeId || request.In(RequestSection.ResourceId).Count > 0)
        {
            OpenApiSchemas.AddProperty(data, "id", new JsonSchemaProperty { Type = JsonObjectType.String }, required: false);
        }

        var attributes = OpenApiSchemas.ObjectProperty();
        foreach (var attribute in request.In(RequestSection.Attributes))
        {
            OpenApiSchemas.AddProperty(attributes, attribute.JsonName, Value(attribute), Required(attribute));
        }

        OpenApiSchemas.AddProperty(data, "attributes", attributes, required: attributes.RequiredProperties.Count > 0);

        var relationships = OpenApiSchemas.ObjectProperty();
        foreach (var relationship in RequestBody.Relationships(request))
        {
            var member = OpenApiSchemas.ObjectProperty(relationship.Summary);
            OpenApiSchemas.AddProperty(member, "data", Linkage(relationship, enclosing), required: true);
            OpenApiSchemas.AddProperty(relationships, relationship.JsonName, member, Required(relationship));
        }

        if (relationships.Properties.Count > 0)
        {
            OpenApiSchemas.AddProperty(data, "relationships", relationships, required: relationships.RequiredProperties.Count > 0);
        }

        return data;
    }

    /// <summary>A relationship's <c>data</c>: identifiers, or for an inline relationship new resource objects of its target.</summary>
    private JsonSchemaProperty Linkage(RequestMemberPlan relationship, IReadOnlyList<string> enclosing)
    {
        var linkage = relationship.Linkage!;
        if (relationship.Kind == RequestMemberKind.InlineItems && RequestBody.ItemOf(relationship, plan, enclosing) is { } item)
        {
            return new JsonSchemaProperty { Type = JsonObjectType.Array, Item = ResourceObject(item, includeId: false, [.. enclosing, item.Resource!]) };
        }

        return linkage.Many
            ? new JsonSchemaProperty { Type = JsonObjectType.Array, Item = schemas.Linkage(linkage.Targets, nullable: false) }
            : schemas.Linkage(linkage.Targets, relationship.AcceptsNull);
    }

    private JsonSchemaProperty Value(RequestMemberPlan member) => schemas.Typed(new JsonSchemaProperty(), member.Type!, member.AcceptsNull, member.Summary);

    private static bool Required(RequestMemberPlan member) => member.Presence == RequestPresence.Required;

    /// <summary>
    /// Paging links: <c>next</c> is null on the last page; offset pages add <c>prev</c>, <c>first</c>, <c>last</c> and, on counted
    /// lists, <c>meta</c> with the list's <c>count</c> and <c>pages</c>.
    /// </summary>
    private static JsonSchemaProperty PageLinks()
    {
        var links = OpenApiSchemas.ObjectProperty();
        foreach (var name in new[] { "self", "next", "prev", "first", "last" })
        {
            OpenApiSchemas.AddProperty(links, name, new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true }, required: false);
        }

        var counts = OpenApiSchemas.ObjectProperty("The whole list's counts, on offset pages of the lists Keygen counts.");
        OpenApiSchemas.AddProperty(counts, "count", new JsonSchemaProperty { Type = JsonObjectType.Integer, Format = "int64", Description = "Resources in the whole list." }, required: true);
        OpenApiSchemas.AddProperty(counts, "pages", new JsonSchemaProperty { Type = JsonObjectType.Integer, Format = "int64", Description = "Pages of this size." }, required: true);
        OpenApiSchemas.AddProperty(links, "meta", counts, required: false);
        return links;
    }
}
