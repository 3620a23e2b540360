using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

/// <summary>
/// Plans the request classes: which properties a request has (query parameters, the body's attributes, relationships and
/// <c>meta</c>, paging), whether each is required, optional or a PATCH tri-state, and its C# type. The one place that
/// knows what a create, update or inline-item body carries.
/// </summary>
internal static class RequestPlanner
{
    private static readonly TypeRefSpec s_integer = new(TypeKind.Integer, null, false);
    private static readonly TypeRefSpec s_string = new(TypeKind.String, null, false);

    /// <summary>Whether the operation takes a request class (it has query or body inputs).</summary>
    public static bool HasRequest(OperationSpec op)
        => op.RequestName is not null && (op.Query.Count > 0 || op.Paging || HasBodyProperties(op));

    /// <summary>The request class of an operation that <see cref="HasRequest"/>.</summary>
    public static RequestPlan Request(OperationSpec op, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var body = op.Body;
        var writer = body?.Mode switch
        {
            BodyMode.Create or BodyMode.Update or BodyMode.Meta => RequestWriter.Document,
            BodyMode.CreateMany => RequestWriter.Resource,
            _ => RequestWriter.None,
        };
        var writesResource = body?.Mode is BodyMode.Create or BodyMode.Update or BodyMode.CreateMany;
        return new RequestPlan
        {
            HintName = CSharpNames.RequestHintName(op.RequestName!),
            Name = op.RequestName!,
            Kind = body?.Mode == BodyMode.CreateMany ? RequestKind.ListItem : RequestKind.Operation,
            OperationId = op.Id,
            OperationSummary = op.Summary,
            Resource = body?.Resource,
            Members = Members(op, resources).ToImmutableEquatableArray(),
            Writer = writer,
            JsonApiType = writesResource ? DeclarationPlanner.JsonApiTypeOf(body!.Resource!, resources) : null,
        };
    }

    /// <summary>
    /// The item classes of inline relationships, <c>New{Target}</c>: one new resource that an inline relationship creates
    /// with its owner (an environment's admins), one class per target, in target order.
    /// </summary>
    /// <param name="isCompiled">Whether a resource is already compiled into the SDK: the items its relationships create are too.</param>
    public static IEnumerable<RequestPlan> InlineItems(IEnumerable<ResourceSpec> all, IReadOnlyDictionary<string, ResourceSpec> resources, Func<string, bool> isCompiled)
    {
        var owners = all
            .SelectMany(owner => owner.Relationships.Where(r => r.Inline).Select(r => (Target: r.Targets[0], Owner: owner.Name)))
            .GroupBy(pair => pair.Target, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in owners)
        {
            var owning = group.Select(pair => pair.Owner).Distinct(StringComparer.Ordinal).ToList();
            if (!owning.Any(isCompiled))
            {
                yield return InlineItem(resources[group.Key], owning, resources);
            }
        }
    }

    /// <param name="owners">The resources that create <paramref name="target"/> inline.</param>
    private static RequestPlan InlineItem(ResourceSpec target, IReadOnlyCollection<string> owners, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var name = RelationshipSpec.InlineItemName(target.Name);
        return new RequestPlan
        {
            HintName = CSharpNames.RequestHintName(name),
            Name = name,
            Kind = RequestKind.InlineItem,
            OperationId = null,
            OperationSummary = null,
            Resource = target.Name,
            // Not the to-one relationships that point only back at an owner: Keygen links those to the new owner itself
            // (a new machine's components to it).
            // Who may send an input is the rule of the operation that takes it (users.create's), not of every body that
            // carries a new resource of that type (an account's admins), so an item says nothing of roles.
            Members = CreateMembers(target, r => !r.Targets.All(owners.Contains), resources)
                .Select(m => m with { Roles = ImmutableEquatableArray<BearerRole>.Empty }).ToImmutableEquatableArray(),
            Writer = RequestWriter.PublicResource,
            JsonApiType = target.JsonApiType,
        };
    }

    private static bool HasBodyProperties(OperationSpec op)
        => op.Body is { } body && (body.Mode is BodyMode.Create or BodyMode.Update or BodyMode.CreateMany || body.Meta.Count > 0);

    /// <summary>Every property of the request class, in a stable order: query, id, attributes, relationships, meta, paging.</summary>
    private static IEnumerable<RequestMemberPlan> Members(OperationSpec op, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        foreach (var field in op.Query)
        {
            yield return Field(field, RequestSection.Query);
        }

        if (op.Body is { } body)
        {
            var members = body.Mode switch
            {
                BodyMode.Create or BodyMode.CreateMany when resources.TryGetValue(body.Resource!, out var created)
                    => CreateMembers(created, _ => true, resources),
                BodyMode.Update when resources.TryGetValue(body.Resource!, out var updated)
                    => UpdateMembers(updated, resources),
                _ => [],
            };
            if (body.ClientId)
            {
                yield return ClientId();
            }

            foreach (var member in members.Concat(body.Meta.Select(field => Field(field, RequestSection.Meta))))
            {
                yield return member;
            }
        }

        if (op.Paging)
        {
            yield return PagingMember("PageSize", "page[size]", "How many resources each page holds (Keygen allows 1 to 100); 100 when unset.");
            yield return PagingMember("PageNumber", "page[number]",
                "The page to start from, counted from 1 (Keygen's offset paging, which allows 1 to 100; beyond page 100 Keygen requires the cursor). "
                + "When set, the page is counted (TotalCount, PageCount) and links to the first, previous and last pages; when null, the list pages by cursor.");
            yield return PagingMember("Limit", "limit", "The most resources to return in all, across pages; null for all of them.");
        }
    }

    /// <summary>
    /// The create-writable members of a resource, in schema order: attributes, then to-one relationships that
    /// <paramref name="includeToOne"/> keeps, with the inline relationships among them.
    /// </summary>
    private static IEnumerable<RequestMemberPlan> CreateMembers(ResourceSpec resource, Func<RelationshipSpec, bool> includeToOne, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        foreach (var attribute in resource.Attributes.Where(a => a.Create != Model.Presence.No))
        {
            var required = attribute.Create == Model.Presence.Required;
            yield return Attribute(attribute, required ? RequestPresence.Required : RequestPresence.Optional, CSharpTypes.Of(attribute.Type, !required || attribute.Nullable))
                with { Roles = attribute.Bearers?.OnCreate ?? ImmutableEquatableArray<BearerRole>.Empty };
        }

        foreach (var relationship in resource.Relationships.Where(r => r.Create != Model.Presence.No))
        {
            var presence = relationship.Create == Model.Presence.Required ? RequestPresence.Required : RequestPresence.Optional;
            var roles = relationship.Bearers?.OnCreate ?? ImmutableEquatableArray<BearerRole>.Empty;
            if (relationship.Inline)
            {
                yield return InlineMember(relationship, presence, resources) with { Roles = roles };
            }
            else if (!relationship.Many && includeToOne(relationship))
            {
                foreach (var member in ToOneMembers(relationship, presence, presence == RequestPresence.Required ? "string" : "string?", resources))
                {
                    yield return member with { Roles = roles };
                }
            }
        }
    }

    /// <summary>The update-writable attributes and to-one relationships of a resource, each a PATCH tri-state.</summary>
    private static IEnumerable<RequestMemberPlan> UpdateMembers(ResourceSpec resource, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        foreach (var attribute in resource.Attributes.Where(a => a.Update))
        {
            yield return Attribute(attribute, RequestPresence.Patch, $"{KnownTypes.Optional}<{CSharpTypes.Of(attribute.Type, attribute.Nullable)}>")
                with { Roles = attribute.Bearers?.OnUpdate ?? ImmutableEquatableArray<BearerRole>.Empty };
        }

        foreach (var relationship in resource.Relationships.Where(r => !r.Many && r.Update))
        {
            foreach (var member in ToOneMembers(relationship, RequestPresence.Patch, $"{KnownTypes.Optional}<string?>", resources))
            {
                yield return member with { Roles = relationship.Bearers?.OnUpdate ?? ImmutableEquatableArray<BearerRole>.Empty };
            }
        }
    }

    private static RequestMemberPlan Field(FieldSpec field, RequestSection section)
        => Value(field.PropertyName, field.JsonName, section, field.Required ? RequestPresence.Required : RequestPresence.Optional,
            CSharpTypes.Of(field.Type, !field.Required || field.Nullable), field.Type, acceptsNull: field.Nullable, field.Summary, secret: field.Secret);

    private static RequestMemberPlan Attribute(AttributeSpec attribute, RequestPresence presence, string csharpType)
        => Value(attribute.PropertyName, attribute.JsonName, RequestSection.Attributes, presence, csharpType, attribute.Type,
            acceptsNull: attribute.Nullable, attribute.Summary, secret: attribute.Secret);

    private static RequestMemberPlan Value(
        string name, string jsonName, RequestSection section, RequestPresence presence, string csharpType, TypeRefSpec type, bool acceptsNull, string? summary, bool secret) => new()
    {
        Name = name,
        JsonName = jsonName,
        Section = section,
        Kind = RequestMemberKind.Value,
        Presence = presence,
        CSharpType = csharpType,
        Type = type,
        AcceptsNull = acceptsNull,
        Summary = summary,
        Secret = secret,
        Local = Local(name),
    };

    /// <summary>A to-one relationship's id property, and for a polymorphic one the property of its type after it.</summary>
    private static IEnumerable<RequestMemberPlan> ToOneMembers(RelationshipSpec relationship, RequestPresence presence, string csharpType, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var polymorphic = relationship.Targets.Count > 1;
        yield return new RequestMemberPlan
        {
            Name = relationship.PropertyName,
            JsonName = relationship.JsonName,
            Section = RequestSection.Relationships,
            Kind = RequestMemberKind.LinkageId,
            Presence = presence,
            CSharpType = csharpType,
            Type = null,
            AcceptsNull = relationship.Nullable,
            Summary = relationship.Summary,
            Local = Local(relationship.PropertyName),
            Linkage = new LinkagePlan
            {
                Targets = relationship.Targets,
                Many = false,
                TargetType = polymorphic ? null : DeclarationPlanner.JsonApiTypeOf(relationship.Targets[0], resources),
                TypeProperty = polymorphic ? relationship.TypePropertyName : null,
            },
        };

        if (polymorphic)
        {
            yield return new RequestMemberPlan
            {
                Name = relationship.TypePropertyName,
                JsonName = relationship.JsonName + ".type",
                Section = RequestSection.Relationships,
                Kind = RequestMemberKind.LinkageType,
                Presence = RequestPresence.Optional,
                CSharpType = "string?",
                Type = null,
                AcceptsNull = false,
                Summary = $"The JSON:API type of the related {relationship.JsonName}.",
                Local = Local(relationship.TypePropertyName),
            };
        }
    }

    private static RequestMemberPlan InlineMember(RelationshipSpec relationship, RequestPresence presence, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var target = relationship.Targets[0];
        var item = RelationshipSpec.InlineItemName(target);
        return new RequestMemberPlan
        {
            Name = relationship.PropertyName,
            JsonName = relationship.JsonName,
            Section = RequestSection.Relationships,
            Kind = RequestMemberKind.InlineItems,
            Presence = presence,
            CSharpType = $"{KnownTypes.IReadOnlyList}<{CSharpNames.TypeName(item)}>{(presence == RequestPresence.Required ? string.Empty : "?")}",
            Type = null,
            AcceptsNull = false,
            Summary = relationship.Summary,
            Local = Local(relationship.PropertyName),
            Linkage = new LinkagePlan
            {
                Targets = relationship.Targets,
                Many = true,
                TargetType = DeclarationPlanner.JsonApiTypeOf(target, resources),
                TypeProperty = null,
            },
            ItemClass = item,
        };
    }

    /// <summary>The <c>Id</c> of a create body whose resource's id the caller may choose; Keygen makes one when it is unset.</summary>
    private static RequestMemberPlan ClientId()
        => Value("Id", "id", RequestSection.ResourceId, RequestPresence.Optional, "string?", s_string, acceptsNull: false,
            "The new resource's id (data.id), a UUID of the caller's choosing; Keygen makes one when it is unset and refuses one that is taken (422, ID_CONFLICT).", secret: false);

    private static RequestMemberPlan PagingMember(string name, string jsonName, string summary)
        => Value(name, jsonName, RequestSection.Paging, RequestPresence.Optional, "int?", s_integer, acceptsNull: false, summary, secret: false);

    private static string Local(string propertyName) => CSharpNames.Local("v", propertyName);
}
