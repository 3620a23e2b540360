using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Emits an operation's request class: query parameters, body attributes and relationships, and action
/// <c>meta</c> as properties, plus the code that turns them into a query string and a JSON:API body.
/// </summary>
internal static class RequestEmitter
{
    /// <summary>Whether the operation takes a request object (it has query or body inputs).</summary>
    public static bool HasRequest(OperationSpec op)
        => op.RequestName is not null && (op.Query.Count > 0 || op.Paging || HasBodyProperties(op));

    /// <summary>Whether callers must pass a request (it has a required property), so it is not an optional argument.</summary>
    public static bool IsRequired(OperationSpec op, IReadOnlyDictionary<string, ResourceSpec> resources)
        => Members(op, resources).Any(m => m.Required);

    public static bool HasBody(OperationSpec op) => op.Body is { Mode: BodyMode.Create or BodyMode.Update or BodyMode.Meta };

    /// <summary>
    /// Whether the request class is one item of a <c>createMany</c> body: the method then takes a sequence of them,
    /// not one request.
    /// </summary>
    public static bool IsItemRequest(OperationSpec op) => op.Body is { Mode: BodyMode.CreateMany };

    public static bool HasQuery(OperationSpec op) => op.Query.Count > 0 || op.Paging;

    public static GeneratedSource Emit(OperationSpec op, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var name = op.RequestName!;
        var members = Members(op, resources);
        var summary = IsItemRequest(op)
            ? $"One new {CSharp.Xml(op.Body!.Resource!)} of <c>{CSharp.Xml(op.Id)}</c>: {CSharp.Xml(op.Summary)}"
            : $"The inputs of <c>{CSharp.Xml(op.Id)}</c>: {CSharp.Xml(op.Summary)}";
        var w = StartClass(name, summary, members);
        if (HasQuery(op))
        {
            w.Line();
            WriteAddQuery(w, op);
        }

        if (HasBody(op))
        {
            w.Line();
            WriteBodyWriter(w, op, members, resources);
        }
        else if (IsItemRequest(op))
        {
            w.Line();
            WriteResourceWriter(w, isPublic: false, resources[op.Body!.Resource!].JsonApiType, members, resources);
        }

        return EndClass(w, name, $"Requests.{name}.g.cs");
    }

    /// <summary>
    /// Emits <c>New{Target}</c>, one new resource that an inline relationship creates with its owner (an
    /// environment's admins): the target's create-writable fields, less the to-one relationships that point back
    /// at an owner (Keygen links those to the new owner itself).
    /// </summary>
    /// <param name="owners">The resources that create <paramref name="target"/> inline.</param>
    public static GeneratedSource EmitInlineItem(ResourceSpec target, IReadOnlyCollection<string> owners, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var name = RelationshipSpec.InlineItemName(target.Name);
        var members = CreateMembers(target, r => InlineItems.Carries(r, owners)).ToList();
        var summary = $"A new <see cref=\"{TypeMapping.TypeName(target.Name)}\"/> created inline with the resource that owns it "
            + $"(<c>relationships.…data[]</c> of its create request).";
        var w = StartClass(name, summary, members);
        w.Line();
        // Public (hidden) rather than internal: a consumer's own resource may create an SDK resource inline.
        WriteResourceWriter(w, isPublic: true, target.JsonApiType, members, resources);
        return EndClass(w, name, $"Requests.{name}.g.cs");
    }

    /// <summary>Opens an input class with one settable property per member.</summary>
    private static SourceWriter StartClass(string name, string summaryXml, List<RequestMember> members)
    {
        var w = Common.StartFile(TypeMapping.ModelNamespace);
        Common.Summary(w, null, summaryXml);
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"public sealed partial class {name}");
        w.OpenBlock();
        var first = true;
        foreach (var member in members)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            Common.Summary(w, member.Summary, member.FallbackSummary);
            w.Line($"public {(member.Required ? "required " : string.Empty)}{member.CSharpType} {member.Name} {{ get; set; }}");
        }

        return w;
    }

    /// <summary>Ends an input class: a <c>ToString()</c> that never shows a value (inputs may hold secrets).</summary>
    private static GeneratedSource EndClass(SourceWriter w, string name, string hintName)
    {
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override string ToString() => {CSharp.Literal(name)};");
        w.CloseBlock();
        return new GeneratedSource(hintName, Common.EndFile(w));
    }

    private static bool HasBodyProperties(OperationSpec op)
        => op.Body is { } body && (body.Mode is BodyMode.Create or BodyMode.Update or BodyMode.CreateMany || body.Meta.Count > 0);

    private static void WriteAddQuery(SourceWriter w, OperationSpec op)
    {
        w.Line("/// <summary>Adds the set query parameters to <paramref name=\"query\"/>.</summary>");
        w.Line($"internal void AddQuery({KnownTypes.List}<{KnownTypes.KeyValuePair}<string, string>> query)");
        w.OpenBlock();
        foreach (var field in op.Query)
        {
            w.Line($"{KnownTypes.KeygenQuery}.Add(query, {CSharp.Literal(field.JsonName)}, {field.PropertyName});");
        }

        w.CloseBlock();
    }

    private static void WriteBodyWriter(SourceWriter w, OperationSpec op, List<RequestMember> members, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var body = op.Body!;
        w.Line("/// <summary>Writes the JSON:API request document.</summary>");
        w.Line($"internal void WriteBody({KnownTypes.Utf8JsonWriter} writer)");
        w.OpenBlock();
        w.Line("writer.WriteStartObject();");
        if (body.Mode is BodyMode.Create or BodyMode.Update)
        {
            w.Line("writer.WritePropertyName(\"data\"u8);");
            WriteResourceObject(w, resources[body.Resource!].JsonApiType, members, resources);
        }

        WriteMeta(w, members.Where(m => m.Kind == MemberKind.Meta).ToList());
        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
    }

    /// <summary>Writes <c>WriteResource</c>, which writes the class's members as one resource object (an item of a list body).</summary>
    /// <param name="isPublic">Public but hidden from IntelliSense, else internal.</param>
    private static void WriteResourceWriter(SourceWriter w, bool isPublic, string jsonApiType, List<RequestMember> members, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        w.Line("/// <summary>Writes the new resource object <c>{type, attributes, relationships}</c>.</summary>");
        if (isPublic)
        {
            w.Line(Common.HiddenAttribute);
        }

        w.Line($"{(isPublic ? "public" : "internal")} void WriteResource({KnownTypes.Utf8JsonWriter} writer)");
        w.OpenBlock();
        WriteResourceObject(w, jsonApiType, members, resources);
        w.CloseBlock();
    }

    /// <summary>Writes the statements that write <c>{type, attributes, relationships}</c> from the members.</summary>
    private static void WriteResourceObject(SourceWriter w, string jsonApiType, List<RequestMember> members, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        w.Line("writer.WriteStartObject();");
        w.Line($"writer.WriteString(\"type\"u8, {CSharp.Literal(jsonApiType)});");
        WriteSection(w, "attributes", members.Where(m => m.Kind == MemberKind.Attribute).ToList());
        var relationships = members.Where(m => m.Kind is MemberKind.Relationship or MemberKind.InlineRelationship).ToList();
        if (relationships.Count > 0)
        {
            w.Line("writer.WritePropertyName(\"relationships\"u8);");
            w.Line("writer.WriteStartObject();");
            foreach (var member in relationships)
            {
                if (member.Kind == MemberKind.InlineRelationship)
                {
                    WriteInlineRelationship(w, member);
                }
                else
                {
                    WriteRelationship(w, member, resources);
                }
            }

            w.Line("writer.WriteEndObject();");
        }

        w.Line("writer.WriteEndObject();");
    }

    /// <summary>
    /// Writes the top-level <c>meta</c>, leaving it out when none of its members is required or set: Keygen validates a
    /// <c>meta</c> that is present against members it requires (e.g. <c>meta.otp</c> of <c>POST /tokens</c>), so an empty
    /// one is rejected where an absent one is not.
    /// </summary>
    private static void WriteMeta(SourceWriter w, List<RequestMember> members)
    {
        if (members.Count == 0 || members.Any(m => m.Required))
        {
            WriteSection(w, "meta", members);
            return;
        }

        w.Line($"if ({string.Join(" || ", members.Select(m => m.IsOptional ? $"{m.Name}.HasValue" : $"{m.Name} is not null"))})");
        w.OpenBlock();
        WriteSection(w, "meta", members);
        w.CloseBlock();
    }

    private static void WriteSection(SourceWriter w, string section, List<RequestMember> members)
    {
        if (members.Count == 0)
        {
            return;
        }

        w.Line($"writer.WritePropertyName({CSharp.Utf8Literal(section)});");
        w.Line("writer.WriteStartObject();");
        foreach (var member in members)
        {
            WriteValueMember(w, member);
        }

        w.Line("writer.WriteEndObject();");
    }

    private static void WriteValueMember(SourceWriter w, RequestMember member)
    {
        var name = CSharp.Utf8Literal(member.JsonName);
        if (member.IsOptional)
        {
            // PATCH semantics: unset is not sent, null is sent as null.
            w.Line($"if ({member.Name}.HasValue)");
            w.OpenBlock();
            w.Line($"writer.WritePropertyName({name});");
            WriteNullable(w, $"{member.Name}.Value", member);
            w.CloseBlock();
        }
        else if (member.Required)
        {
            w.Line($"writer.WritePropertyName({name});");
            WriteNullable(w, member.Name, member);
        }
        else
        {
            w.Line($"if ({member.Name} is {{ }} {member.Local})");
            w.OpenBlock();
            w.Line($"writer.WritePropertyName({name});");
            w.Line(TypeMapping.WriteStatement(member.Type!, member.Local));
            w.CloseBlock();
        }
    }

    private static void WriteNullable(SourceWriter w, string access, RequestMember member)
    {
        w.Line($"if ({access} is {{ }} {member.Local})");
        w.OpenBlock();
        w.Line(TypeMapping.WriteStatement(member.Type!, member.Local));
        w.CloseBlock();
        w.Line("else");
        w.OpenBlock();
        w.Line("writer.WriteNullValue();");
        w.CloseBlock();
    }

    private static void WriteRelationship(SourceWriter w, RequestMember member, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var relationship = member.Relationship!;
        var type = relationship.Targets.Count > 1
            ? $"{KnownTypes.JsonApiBody}.LinkageType({ResourceEmitter.TypePropertyName(relationship)}, {CSharp.Literal(ResourceEmitter.TypePropertyName(relationship))}, {CSharp.Literal(member.Name)})"
            : CSharp.Literal(resources.TryGetValue(relationship.Targets[0], out var target) ? target.JsonApiType : relationship.Targets[0]);
        var write = $"{KnownTypes.JsonApiBody}.WriteToOne(writer, {CSharp.Literal(relationship.JsonName)}, {type}, {{0}});";
        if (member.IsOptional)
        {
            w.Line($"if ({member.Name}.HasValue)");
            w.OpenBlock();
            w.Line(string.Format(write, $"{member.Name}.Value"));
            w.CloseBlock();
        }
        else if (member.Required)
        {
            w.Line(string.Format(write, member.Name));
        }
        else
        {
            w.Line($"if ({member.Name} is not null)");
            w.OpenBlock();
            w.Line(string.Format(write, member.Name));
            w.CloseBlock();
        }
    }

    private static void WriteInlineRelationship(SourceWriter w, RequestMember member)
    {
        var write = $"{KnownTypes.JsonApiBody}.WriteInline(writer, {CSharp.Literal(member.JsonName)}, {{0}}, static (w, item) => item.WriteResource(w));";
        if (member.Required)
        {
            w.Line(string.Format(write, member.Name));
        }
        else
        {
            w.Line($"if ({member.Name} is {{ }} {member.Local})");
            w.OpenBlock();
            w.Line(string.Format(write, member.Local));
            w.CloseBlock();
        }
    }

    /// <summary>Every property of the request class, in a stable order: query, attributes, relationships, meta, paging.</summary>
    private static List<RequestMember> Members(OperationSpec op, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var members = new List<RequestMember>();
        foreach (var field in op.Query)
        {
            members.Add(RequestMember.ForField(field, MemberKind.Query, $"The <c>{CSharp.Xml(field.JsonName)}</c> query parameter."));
        }

        if (op.Body is { } body)
        {
            if (body.Mode is BodyMode.Create or BodyMode.CreateMany && resources.TryGetValue(body.Resource!, out var created))
            {
                members.AddRange(CreateMembers(created, _ => true));
            }
            else if (body.Mode is BodyMode.Update && resources.TryGetValue(body.Resource!, out var updated))
            {
                members.AddRange(updated.Attributes.Where(a => a.Update).Select(a => RequestMember.ForAttribute(a, update: true)));
                members.AddRange(updated.Relationships.Where(r => !r.Many && r.Update).SelectMany(r => RequestMember.ForRelationship(r, update: true)));
            }

            foreach (var field in body.Meta)
            {
                members.Add(RequestMember.ForField(field, MemberKind.Meta, $"The <c>meta.{CSharp.Xml(field.JsonName)}</c> input."));
            }
        }

        if (op.Paging)
        {
            var pageSize = new TypeRefSpec(TypeKind.Integer, null, false);
            members.Add(new RequestMember("PageSize", "page[size]", "int?", pageSize, false, false, MemberKind.Paging,
                "How many resources each page holds (Keygen allows 1 to 100); 100 when unset.", "Page size.", null));
            members.Add(new RequestMember("Limit", "limit", "int?", pageSize, false, false, MemberKind.Paging,
                "The most resources to return in all, across pages; null for all of them.", "Limit.", null));
        }

        return members;
    }

    /// <summary>
    /// The create-writable members of a resource, in schema order: attributes, then to-one relationships that
    /// <paramref name="includeToOne"/> keeps, with the inline relationships among them.
    /// </summary>
    private static IEnumerable<RequestMember> CreateMembers(ResourceSpec resource, System.Func<RelationshipSpec, bool> includeToOne)
    {
        foreach (var attribute in resource.Attributes.Where(a => a.Create != Presence.No))
        {
            yield return RequestMember.ForAttribute(attribute, update: false);
        }

        foreach (var relationship in resource.Relationships.Where(r => r.Create != Presence.No))
        {
            if (relationship.Inline)
            {
                yield return RequestMember.ForInline(relationship);
            }
            else if (!relationship.Many && includeToOne(relationship))
            {
                foreach (var member in RequestMember.ForRelationship(relationship, update: false))
                {
                    yield return member;
                }
            }
        }
    }

    private enum MemberKind
    {
        Query,
        Attribute,
        Relationship,
        RelationshipType,
        InlineRelationship,
        Meta,
        Paging,
    }

    private sealed record RequestMember(
        string Name,
        string JsonName,
        string CSharpType,
        TypeRefSpec? Type,
        bool Required,
        bool IsOptional,
        MemberKind Kind,
        string? Summary,
        string FallbackSummary,
        RelationshipSpec? Relationship)
    {
        public string Local => "v_" + Name;

        public static RequestMember ForField(FieldSpec field, MemberKind kind, string fallback)
            => new(field.PropertyName, field.JsonName, TypeMapping.CSharpType(field.Type, !field.Required || field.Nullable),
                field.Type, field.Required, false, kind, field.Summary, fallback, null);

        public static RequestMember ForAttribute(AttributeSpec attribute, bool update)
        {
            var fallback = $"The <c>{CSharp.Xml(attribute.JsonName)}</c> attribute.";
            if (update)
            {
                var type = $"{KnownTypes.Optional}<{TypeMapping.CSharpType(attribute.Type, attribute.Nullable)}>";
                return new(attribute.PropertyName, attribute.JsonName, type, attribute.Type, false, true, MemberKind.Attribute, attribute.Summary, fallback, null);
            }

            var required = attribute.Create == Presence.Required;
            return new(attribute.PropertyName, attribute.JsonName, TypeMapping.CSharpType(attribute.Type, !required || attribute.Nullable),
                attribute.Type, required, false, MemberKind.Attribute, attribute.Summary, fallback, null);
        }

        public static RequestMember ForInline(RelationshipSpec relationship)
        {
            var target = relationship.Targets[0];
            var item = TypeMapping.TypeName(RelationshipSpec.InlineItemName(target));
            var required = relationship.Create == Presence.Required;
            var type = $"{KnownTypes.IReadOnlyList}<{item}>{(required ? string.Empty : "?")}";
            var fallback = $"New <see cref=\"{TypeMapping.TypeName(target)}\"/> resources created with this one (<c>{CSharp.Xml(relationship.JsonName)}</c>).";
            return new(relationship.PropertyName, relationship.JsonName, type, null, required, false, MemberKind.InlineRelationship, relationship.Summary, fallback, relationship);
        }

        public static IEnumerable<RequestMember> ForRelationship(RelationshipSpec relationship, bool update)
        {
            var fallback = $"The id of the related {CSharp.Xml(relationship.JsonName)}.";
            var required = !update && relationship.Create == Presence.Required;
            var type = update ? $"{KnownTypes.Optional}<string?>" : required ? "string" : "string?";
            yield return new(relationship.PropertyName, relationship.JsonName, type, null, required, update, MemberKind.Relationship, relationship.Summary, fallback, relationship);
            if (relationship.Targets.Count > 1)
            {
                yield return new(ResourceEmitter.TypePropertyName(relationship), relationship.JsonName + ".type", "string?", null, false, false,
                    MemberKind.RelationshipType, $"The JSON:API type of the related {CSharp.Xml(relationship.JsonName)}.", fallback, null);
            }
        }
    }
}
