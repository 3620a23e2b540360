using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Model;

namespace KeygenGen.DocsTool;

/// <summary>One member of a request body, for the docs tables.</summary>
/// <param name="Path">Where it goes in the JSON:API document, e.g. <c>data.attributes.name</c> or <c>meta.key</c>.</param>
/// <param name="Type">The type as schema files write it, or a resource identifier description.</param>
internal sealed record BodyMember(string Path, string Type, bool Required, string? Summary, bool Secret);

/// <summary>
/// Which fields a request body carries, by body mode: the one place both outputs (Markdown and OpenAPI) learn that
/// a create body takes the resource's create-writable fields and an update body its update-writable ones.
/// </summary>
internal static class RequestBody
{
    public static IEnumerable<AttributeSpec> Attributes(BodySpec body, ResourceSpec resource) => body.Mode switch
    {
        BodyMode.Create => resource.Attributes.Where(a => a.Create != Presence.No),
        BodyMode.Update => resource.Attributes.Where(a => a.Update),
        _ => [],
    };

    public static IEnumerable<RelationshipSpec> Relationships(BodySpec body, ResourceSpec resource) => body.Mode switch
    {
        BodyMode.Create => resource.Relationships.Where(r => r.Create != Presence.No),
        BodyMode.Update => resource.Relationships.Where(r => r.Update),
        _ => [],
    };

    /// <summary>Only a create body has required fields; an update sends what the caller set.</summary>
    public static bool IsRequired(BodyMode mode, Presence create) => mode == BodyMode.Create && create == Presence.Required;

    /// <summary>The resource a body refers to, when it names one the spec declares.</summary>
    public static ResourceSpec? Resource(BodySpec body, ApiSpec spec)
        => body.Resource is { } name ? spec.Resources.FirstOrDefault(r => r.Name == name) : null;

    /// <summary>A relationship linkage as the docs describe it, e.g. <c>Policy identifier</c>.</summary>
    public static string LinkageType(IEnumerable<string> targets, bool many, bool nullable)
        => string.Join(" or ", targets) + (many ? " identifiers" : " identifier") + (nullable ? ", nullable" : "");

    public static IEnumerable<BodyMember> Members(BodySpec body, ApiSpec spec)
    {
        var resource = Resource(body, spec);
        if (body.Mode is BodyMode.ToOne or BodyMode.ToMany)
        {
            yield return new BodyMember(
                "data", LinkageType([body.Resource ?? "resource"], body.Mode == BodyMode.ToMany, body.Mode == BodyMode.ToOne), true, null, false);
        }
        else if (resource is not null)
        {
            foreach (var attribute in Attributes(body, resource))
            {
                yield return new BodyMember(
                    "data.attributes." + attribute.JsonName,
                    SchemaTypes.Display(attribute.Type) + (attribute.Nullable ? ", nullable" : ""),
                    IsRequired(body.Mode, attribute.Create),
                    attribute.Summary,
                    attribute.Secret);
            }

            foreach (var relationship in Relationships(body, resource))
            {
                yield return new BodyMember(
                    "data.relationships." + relationship.JsonName,
                    LinkageType(relationship.Targets, relationship.Many, relationship.Nullable),
                    IsRequired(body.Mode, relationship.Create),
                    relationship.Summary,
                    false);
            }
        }

        foreach (var meta in body.Meta)
        {
            yield return new BodyMember(
                "meta." + meta.JsonName, SchemaTypes.Display(meta.Type) + (meta.Nullable ? ", nullable" : ""), meta.Required, meta.Summary, meta.Secret);
        }
    }
}
