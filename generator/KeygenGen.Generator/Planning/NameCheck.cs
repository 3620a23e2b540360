using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

/// <summary>
/// Checks the names a plan declares, where they are decided: generated type names against each other (ignoring case, as
/// hint names and file systems do) and against the SDK's; each type's members against the members the generated code
/// gives that type itself, its own name and each other; a client's methods against each other (and, in a consumer's
/// build, against the compiled client's); a method's path arguments against its own parameters and locals; the event
/// kinds against their class; a group's entry on <c>KeygenClient</c> against its hand-written members. What it finds carries no positions
/// (<see cref="NameConflict"/>); <see cref="Parsing.SchemaLocations"/> reports it at the user's token.
/// </summary>
/// <remarks>
/// Repeats the parser or binder reports (two properties or declarations of one name) never reach a plan; what is left
/// is what only the generated names show: a query parameter and a body attribute that both become <c>Reason</c>, a
/// value named like a member of its struct, an inline item class <c>NewGadget</c> and an object <c>Newgadget</c>.
/// </remarks>
internal static class NameCheck
{
    public static ImmutableEquatableArray<NameConflict> Conflicts(ApiSpec spec, ApiPlan plan)
    {
        var conflicts = new List<NameConflict>();
        TypeNames(spec, plan, conflicts);
        var operations = spec.Operations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var plannedEnum in plan.Enums)
        {
            Members(plannedEnum.Name, GeneratedMembers.Enum, plannedEnum.Values.Select(v => Named(SchemaElementKind.EnumValue, plannedEnum.Name, v.Value, "enum member", v.MemberName)), conflicts);
        }

        foreach (var planned in plan.Objects)
        {
            var reserved = planned.DataProperty is null ? GeneratedMembers.Object : GeneratedMembers.Object.With(GeneratedMembers.WithData);
            Members(planned.Name, reserved, planned.Properties.Select(p => Named(SchemaElementKind.Property, planned.Name, p.JsonName, "property", p.Name)), conflicts);
        }

        foreach (var resource in plan.Resources)
        {
            ResourceMembers(resource, spec, conflicts);
        }

        foreach (var union in plan.Unions)
        {
            Members(union.Name, GeneratedMembers.Union, union.Members.Select(m => Named(SchemaElementKind.UnionMember, union.Name, m.Name, "union member", m.Name)), conflicts);
        }

        foreach (var request in plan.Requests)
        {
            var bodyResource = request.Resource ?? (request.OperationId is { } id && operations.TryGetValue(id, out var operation) ? operation.Body?.Resource : null);
            var paging = request.Members.Where(m => m.Section == RequestSection.Paging).Select(m => m.Name);
            Members(request.Name, GeneratedMembers.Request.With(paging), request.Members.Where(m => m.Section != RequestSection.Paging).Select(m => RequestMember(request, m, bodyResource)), conflicts);
        }

        foreach (var client in plan.Clients)
        {
            Methods(client, spec, conflicts);
        }

        if (plan.Events is { } events)
        {
            Members(events.ClassName, GeneratedMembers.Events, events.Events.Select(e => Named(SchemaElementKind.Event, e.Type, null, "event", e.MemberName)), conflicts);
        }

        // A group is a property of KeygenClient backed by a field, or (in a consumer's build) an extension method, which
        // a member of that name would silently hide.
        var entryPoints = plan.EntryPoints;
        foreach (var group in entryPoints?.Groups ?? ImmutableEquatableArray<GroupEntryPlan>.Empty)
        {
            if (SdkNames.IsKeygenClientMember(group.Group) || (entryPoints!.Kind == EntryPointKind.Properties && SdkNames.IsKeygenClientMember(group.Field)))
            {
                conflicts.Add(new NameConflict(NameConflictKind.SdkName, Named(SchemaElementKind.Group, group.Group, null, "group", group.Group), null,
                    "a hand-written member of KeygenClient, beside which the group's entry is generated; choose another first segment of the operation ids"));
            }
        }

        return conflicts.ToImmutableEquatableArray();
    }

    /// <summary>
    /// Every type name in namespace <c>Keygen</c> the build generates or binds against: declarations (the SDK's too),
    /// inline item classes, request classes (the SDK's too) and client classes. Two that differ only in case collide
    /// (their hint names would), as does one the SDK has by hand; an exact repeat across kinds is a duplicate.
    /// </summary>
    private static void TypeNames(ApiSpec spec, ApiPlan plan, List<NameConflict> conflicts)
    {
        var claimed = new Dictionary<string, NamedElement>(StringComparer.OrdinalIgnoreCase);
        var sdk = new HashSet<NamedElement>();
        foreach (var (type, fromSdk) in TypeNamesOf(spec, plan))
        {
            if (fromSdk)
            {
                sdk.Add(type);
            }

            if (claimed.TryGetValue(type.Name, out var first))
            {
                if (first.Element != type.Element && !(fromSdk && sdk.Contains(first)))
                {
                    // A client class is named after its group, so an exact repeat of one is a collision, not a repeat.
                    var isClient = first.Element.Kind == SchemaElementKind.Group || type.Element.Kind == SchemaElementKind.Group;
                    var kind = first.Name == type.Name && !isClient ? NameConflictKind.Duplicate : NameConflictKind.Collision;
                    conflicts.Add(new NameConflict(kind, type, first, null));
                }

                continue;
            }

            claimed.Add(type.Name, type);
            if (!fromSdk && SdkNames.IsType(type.Name))
            {
                conflicts.Add(new NameConflict(NameConflictKind.SdkName, type, null,
                    "the SDK's own type or namespace in Keygen (a generated type there would clash with it or hide it); choose another name"));
            }
        }
    }

    /// <returns>Each type name with whether the SDK's own schema gives it (compiled already in a consumer's build).</returns>
    private static IEnumerable<(NamedElement Type, bool FromSdk)> TypeNamesOf(ApiSpec spec, ApiPlan plan)
    {
        var compiled = new HashSet<string>(spec.ReferenceDeclarations, StringComparer.Ordinal);
        var declarations = spec.Enums.Select(e => (e.Name, What: "enum"))
            .Concat(spec.Objects.Select(o => (o.Name, What: "object")))
            .Concat(spec.Resources.Select(r => (r.Name, What: "resource")))
            .Concat(spec.Unions.Select(u => (u.Name, What: "union")));
        foreach (var (name, what) in declarations)
        {
            yield return (Named(SchemaElementKind.Declaration, name, null, what, name), compiled.Contains(name));
        }

        foreach (var request in spec.ReferenceRequests)
        {
            yield return (Named(SchemaElementKind.RequestName, request.OperationId, null, "request class", request.RequestName), true);
        }

        foreach (var group in spec.ReferenceGroups)
        {
            yield return (Named(SchemaElementKind.Group, group, null, "group", CSharpNames.ClientClass(group)), true);
        }

        foreach (var inline in spec.Resources.SelectMany(r => r.Relationships.Where(x => x.Inline).Select(x => (Owner: r.Name, Target: x.Targets[0]))))
        {
            yield return (Named(SchemaElementKind.InlineItem, inline.Target, null, "inline item class", RelationshipSpec.InlineItemName(inline.Target)), compiled.Contains(inline.Owner));
        }

        foreach (var request in plan.Requests.Where(r => r.Kind != RequestKind.InlineItem))
        {
            yield return (Named(SchemaElementKind.RequestName, request.OperationId ?? request.Name, null, "request class", request.Name), false);
        }

        foreach (var client in plan.Clients)
        {
            yield return (Named(SchemaElementKind.Group, client.Group, null, "group", client.ClassName), false);
        }
    }

    /// <summary>
    /// A client class's (or extension class's) methods: no two operations may give one method name (<c>get</c>'s
    /// <c>GetWithResponseAsync</c> and <c>getWithResponse</c>'s <c>GetAsync</c>… and <c>GetWithResponseAsync</c>), nor may a
    /// consumer's extension method be named like a method the SDK's compiled client has, which would hide it; and a method's
    /// path arguments must not take its own parameters' or locals' names (the call options' parameter as planned included).
    /// </summary>
    private static void Methods(ClientPlan client, ApiSpec spec, List<NameConflict> conflicts)
    {
        var claimed = new Dictionary<string, NamedElement>(StringComparer.Ordinal);
        var compiled = client.Kind == ClientKind.Extensions
            ? spec.ReferenceMethods.Where(m => m.Group == client.Group).Select(m => (m.OperationId, Names: CSharpNames.OperationMethods(m.MethodName, m.Paged)))
            : Enumerable.Empty<(string OperationId, string[] Names)>();
        var planned = client.Methods.Select(m => (m.OperationId, Names: CSharpNames.OperationMethods(m.Name, m.Paged)));
        foreach (var (operationId, names) in compiled.Concat(planned))
        {
            foreach (var name in names)
            {
                var method = Named(SchemaElementKind.Operation, operationId, null, "method", name);
                if (claimed.TryGetValue(name, out var first))
                {
                    conflicts.Add(new NameConflict(NameConflictKind.Duplicate, method, first, null));
                }
                else
                {
                    claimed.Add(name, method);
                }
            }
        }

        foreach (var method in client.Methods)
        {
            var own = method.Parameters.Where(p => p.Role != ParameterRole.Path).Select(p => p.Name).ToList();
            foreach (var parameter in method.Parameters.Where(p => p.Role == ParameterRole.Path && (GeneratedMembers.MethodNames.Contains(p.Name) || own.Contains(p.Name))))
            {
                var element = Named(SchemaElementKind.PathParameter, method.OperationId, parameter.Subject ?? parameter.Name, "path parameter", parameter.Subject ?? parameter.Name);
                conflicts.Add(new NameConflict(NameConflictKind.Reserved, element, null,
                    $"its argument '{parameter.Name}' would clash with the generated method's own parameter or local of that name; rename the parameter in the path"));
            }
        }
    }

    private static void ResourceMembers(ResourcePlan resource, ApiSpec spec, List<NameConflict> conflicts)
    {
        // The timestamps a resource does not declare are the model's own members, like its id.
        var declared = new HashSet<string>(spec.Resources.First(r => r.Name == resource.Name).Attributes.Select(a => a.JsonName), StringComparer.Ordinal);
        var reserved = GeneratedMembers.Resource.With(resource.Attributes.Where(a => !declared.Contains(a.JsonName)).Select(a => a.Name));
        var members = resource.Attributes.Where(a => declared.Contains(a.JsonName)).Select(a => Named(SchemaElementKind.Attribute, resource.Name, a.JsonName, "property", a.Name))
            .Concat(resource.Relationships.SelectMany(r => new[] { r.IdProperty, r.TypeProperty }.OfType<string>()
                .Select(property => Named(SchemaElementKind.Relationship, resource.Name, r.JsonName, "property", property))))
            .Concat(resource.RelationshipMeta.SelectMany(r => r.Fields.Select(f => Named(SchemaElementKind.RelationshipMeta, resource.Name, r.JsonName + "." + f.JsonName, "property", f.Name))))
            .Concat(resource.Meta.Select(m => Named(SchemaElementKind.ResourceMeta, resource.Name, m.JsonName, "property", m.Name)));
        Members(resource.Name, reserved, members, conflicts);
    }

    private static NamedElement RequestMember(RequestPlan request, RequestMemberPlan member, string? bodyResource)
    {
        var owner = request.OperationId ?? request.Name;
        var resource = bodyResource ?? owner;
        return member.Section switch
        {
            RequestSection.Query => Named(SchemaElementKind.Query, owner, member.JsonName, "property", member.Name),
            RequestSection.Meta => Named(SchemaElementKind.BodyMeta, owner, member.JsonName, "property", member.Name),
            RequestSection.ResourceId => Named(SchemaElementKind.ClientId, owner, member.JsonName, "property", member.Name),
            RequestSection.Attributes => Named(SchemaElementKind.Attribute, resource, member.JsonName, "property", member.Name),
            _ => Named(SchemaElementKind.Relationship, resource, member.Kind == RequestMemberKind.LinkageType ? RelationshipOf(member.JsonName) : member.JsonName, "property", member.Name),
        };
    }

    /// <summary>The relationship of a polymorphic linkage's type member: <c>bearer.type</c> → <c>bearer</c>.</summary>
    private static string RelationshipOf(string typeMember) => typeMember.Substring(0, Math.Max(0, typeMember.LastIndexOf('.')));

    /// <summary>
    /// The members of one generated type: none may be named like the type (CS0542), take a member the generated code
    /// gives the type itself, or repeat another (two schema elements that give one C# name).
    /// </summary>
    private static void Members(string typeName, GeneratedMembers.NameSet reserved, IEnumerable<NamedElement> members, List<NameConflict> conflicts)
    {
        var seen = new Dictionary<string, NamedElement>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member.Name == typeName)
            {
                conflicts.Add(new NameConflict(NameConflictKind.Reserved, member, null, $"it is the name of the generated type '{typeName}', and a member cannot be named like its type"));
            }
            else if (reserved.Contains(member.Name))
            {
                conflicts.Add(new NameConflict(NameConflictKind.Reserved, member, null, $"the generated type '{typeName}' has a member '{member.Name}' of its own; set \"name\" to another name"));
            }
            else if (seen.TryGetValue(member.Name, out var first))
            {
                if (first.Element != member.Element)
                {
                    conflicts.Add(new NameConflict(NameConflictKind.Duplicate, member, first, null));
                }
            }
            else
            {
                seen.Add(member.Name, member);
            }
        }
    }

    private static NamedElement Named(SchemaElementKind kind, string owner, string? member, string what, string name)
        => new(new SchemaElement(kind, owner, member), what, name);
}
