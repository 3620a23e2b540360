using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace KeygenGen.DocsTool;

/// <summary>One member of a request body, for the docs tables.</summary>
/// <param name="Path">Where it goes in the JSON:API document, e.g. <c>data.attributes.name</c> or <c>meta.key</c>.</param>
/// <param name="Type">The type as schema files write it, or a resource identifier description.</param>
internal sealed record BodyMember(string Path, string Type, bool Required, string? Summary, bool Secret);

/// <summary>
/// What a request body carries, read from the generator's plan of the operation's request class (and of the inline item
/// classes it holds): the docs list exactly the properties the generated code sends.
/// </summary>
internal static class RequestBody
{
    /// <summary>The plan of the operation's request class, or null when it takes none.</summary>
    /// <exception cref="DocsToolException">The operation names a request class the plan does not have.</exception>
    public static RequestPlan? RequestOf(OperationSpec operation, ApiPlan plan)
    {
        if (operation.RequestName is not { } name || !RequestPlanner.HasRequest(operation))
        {
            return null;
        }

        return plan.Request(name) ?? throw new DocsToolException($"The plan has no request class '{name}' for operation '{operation.Id}'.");
    }

    /// <summary>The plan of an inline relationship's item class, or null when the docs already expand it further out (a cycle).</summary>
    /// <param name="enclosing">The resources this item is nested in, the body's own resource first.</param>
    public static RequestPlan? ItemOf(RequestMemberPlan inline, ApiPlan plan, IReadOnlyList<string> enclosing)
    {
        var item = plan.Request(inline.ItemClass!) ?? throw new DocsToolException($"The plan has no inline item class '{inline.ItemClass}'.");
        return enclosing.Contains(item.Resource!) ? null : item;
    }

    /// <summary>The relationship members a resource object sends: a polymorphic linkage's type property is part of its linkage.</summary>
    public static IEnumerable<RequestMemberPlan> Relationships(RequestPlan request)
        => request.In(RequestSection.Relationships).Where(m => m.Kind != RequestMemberKind.LinkageType);

    /// <summary>A relationship linkage as the docs describe it, e.g. <c>Policy identifier</c>.</summary>
    public static string LinkageType(IEnumerable<string> targets, bool many, bool nullable)
        => string.Join(" or ", targets) + (many ? " identifiers" : " identifier") + (nullable ? ", nullable" : "");

    public static IEnumerable<BodyMember> Members(OperationSpec operation, ApiPlan plan)
    {
        var body = operation.Body;
        if (body is null)
        {
            yield break;
        }

        if (body.Mode is BodyMode.ToOne or BodyMode.ToMany)
        {
            yield return new BodyMember(
                "data", LinkageType([body.Resource ?? "resource"], body.Mode == BodyMode.ToMany, body.Mode == BodyMode.ToOne), true, null, false);
        }

        if (RequestOf(operation, plan) is not { } request)
        {
            yield break;
        }

        if (request.JsonApiType is not null)
        {
            var data = body.Mode == BodyMode.CreateMany ? "data[]" : "data";
            foreach (var member in ResourceMembers(data, request, plan, [request.Resource ?? body.Resource!]))
            {
                yield return member;
            }
        }

        foreach (var meta in request.In(RequestSection.Meta))
        {
            yield return Value("", meta);
        }
    }

    /// <summary>The id (when the caller may choose it), attributes and relationships of one resource object at <paramref name="path"/>, inline items expanded.</summary>
    /// <param name="enclosing">The resources this object is nested in (itself included): an inline cycle is listed once, not expanded forever.</param>
    private static IEnumerable<BodyMember> ResourceMembers(string path, RequestPlan request, ApiPlan plan, IReadOnlyList<string> enclosing)
    {
        foreach (var attribute in request.In(RequestSection.ResourceId).Concat(request.In(RequestSection.Attributes)))
        {
            yield return Value(path + ".", attribute);
        }

        foreach (var relationship in Relationships(request))
        {
            var member = $"{path}.{relationship.WirePath}";
            var required = relationship.Presence == RequestPresence.Required;
            var linkage = relationship.Linkage!;
            if (relationship.Kind != RequestMemberKind.InlineItems)
            {
                yield return new BodyMember(member, LinkageType(linkage.Targets, linkage.Many, relationship.AcceptsNull), required, Described(relationship), false);
                continue;
            }

            yield return new BodyMember(member, $"new {linkage.Targets[0]} resources", required, Described(relationship), false);
            if (ItemOf(relationship, plan, enclosing) is not { } item)
            {
                continue;
            }

            foreach (var itemMember in ResourceMembers(member + ".data[]", item, plan, [.. enclosing, item.Resource!]))
            {
                yield return itemMember;
            }
        }
    }

    private static BodyMember Value(string prefix, RequestMemberPlan value)
        => new(prefix + value.WirePath, SchemaTypes.Display(value.Type!) + (value.AcceptsNull ? ", nullable" : ""),
            value.Presence == RequestPresence.Required, Described(value), value.Secret);

    /// <summary>The member's summary, and which bearers alone may send it when not all may.</summary>
    private static string? Described(RequestMemberPlan member)
        => BearerRoles.Note(member.Roles) is { } note ? (member.Summary is null ? note : member.Summary + " " + note) : member.Summary;
}
