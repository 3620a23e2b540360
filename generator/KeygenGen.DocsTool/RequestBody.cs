using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Emitting;
using KeygenGen.Generator.Model;

namespace KeygenGen.DocsTool;

/// <summary>One member of a request body, for the docs tables.</summary>
/// <param name="Path">Where it goes in the JSON:API document, e.g. <c>data.attributes.name</c> or <c>meta.key</c>.</param>
/// <param name="Type">The type as schema files write it, or a resource identifier description.</param>
internal sealed record BodyMember(string Path, string Type, bool Required, string? Summary, bool Secret);

/// <summary>
/// Which fields a request body carries, by body mode: the one place both outputs (Markdown and OpenAPI) learn that
/// a create body takes the resource's create-writable fields, an update body its update-writable ones, and an
/// inline item its target's create-writable fields less the relationships back at its owners.
/// </summary>
internal static class RequestBody
{
    /// <summary>Whether the body writes new resources: one (<c>create</c>) or a list of them (<c>createMany</c>).</summary>
    public static bool Creates(BodyMode mode) => mode is BodyMode.Create or BodyMode.CreateMany;

    public static IEnumerable<AttributeSpec> Attributes(BodyMode mode, ResourceSpec resource) => mode switch
    {
        BodyMode.Create or BodyMode.CreateMany => resource.Attributes.Where(a => a.Create != Presence.No),
        BodyMode.Update => resource.Attributes.Where(a => a.Update),
        _ => [],
    };

    public static IEnumerable<RelationshipSpec> Relationships(BodyMode mode, ResourceSpec resource) => mode switch
    {
        BodyMode.Create or BodyMode.CreateMany => resource.Relationships.Where(r => r.Create != Presence.No),
        BodyMode.Update => resource.Relationships.Where(r => r.Update),
        _ => [],
    };

    /// <summary>The relationships an inline item of <paramref name="target"/> sends (<c>New{Target}</c>).</summary>
    public static IEnumerable<RelationshipSpec> ItemRelationships(ResourceSpec target, ApiSpec spec)
    {
        var owners = InlineItems.Owners(spec.Resources).FirstOrDefault(i => i.Target == target.Name).Owners ?? [];
        return target.Relationships.Where(r => r.Create != Presence.No && (r.Inline || (!r.Many && InlineItems.Carries(r, owners))));
    }

    /// <summary>Only a body that creates has required fields; an update sends what the caller set.</summary>
    public static bool IsRequired(BodyMode mode, Presence create) => Creates(mode) && create == Presence.Required;

    /// <summary>The resource a body refers to, when it names one the spec declares.</summary>
    public static ResourceSpec? Resource(BodySpec body, ApiSpec spec) => body.Resource is { } name ? Resource(name, spec) : null;

    public static ResourceSpec? Resource(string name, ApiSpec spec) => spec.Resources.FirstOrDefault(r => r.Name == name);

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
            var data = body.Mode == BodyMode.CreateMany ? "data[]" : "data";
            foreach (var member in ResourceMembers(data, body.Mode, resource, Relationships(body.Mode, resource), spec, [resource.Name]))
            {
                yield return member;
            }
        }

        foreach (var meta in body.Meta)
        {
            yield return new BodyMember(
                "meta." + meta.JsonName, SchemaTypes.Display(meta.Type) + (meta.Nullable ? ", nullable" : ""), meta.Required, meta.Summary, meta.Secret);
        }
    }

    /// <summary>The attributes and relationships of one resource object at <paramref name="path"/>, inline items expanded.</summary>
    /// <param name="enclosing">The resources this object is nested in (itself included): an inline cycle is listed once, not expanded forever.</param>
    private static IEnumerable<BodyMember> ResourceMembers(
        string path, BodyMode mode, ResourceSpec resource, IEnumerable<RelationshipSpec> relationships, ApiSpec spec, IReadOnlyList<string> enclosing)
    {
        foreach (var attribute in Attributes(mode, resource))
        {
            yield return new BodyMember(
                $"{path}.attributes.{attribute.JsonName}",
                SchemaTypes.Display(attribute.Type) + (attribute.Nullable ? ", nullable" : ""),
                IsRequired(mode, attribute.Create),
                attribute.Summary,
                attribute.Secret);
        }

        foreach (var relationship in relationships)
        {
            var member = $"{path}.relationships.{relationship.JsonName}";
            if (!relationship.Inline || Resource(relationship.Targets[0], spec) is not { } target)
            {
                yield return new BodyMember(
                    member, LinkageType(relationship.Targets, relationship.Many, relationship.Nullable), IsRequired(mode, relationship.Create), relationship.Summary, false);
                continue;
            }

            yield return new BodyMember(member, $"new {target.Name} resources", IsRequired(mode, relationship.Create), relationship.Summary, false);
            if (enclosing.Contains(target.Name))
            {
                continue;
            }

            foreach (var item in ResourceMembers(member + ".data[]", BodyMode.Create, target, ItemRelationships(target, spec), spec, [.. enclosing, target.Name]))
            {
                yield return item;
            }
        }
    }
}
