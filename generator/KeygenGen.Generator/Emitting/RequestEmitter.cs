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

    public static bool HasQuery(OperationSpec op) => op.Query.Count > 0 || op.Paging;

    public static GeneratedSource Emit(OperationSpec op, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var name = op.RequestName!;
        var members = Members(op, resources);
        var w = Common.StartFile(TypeMapping.ModelNamespace);
        Common.Summary(w, null, $"The inputs of <c>{CSharp.Xml(op.Id)}</c>: {CSharp.Xml(op.Summary)}");
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

        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override string ToString() => {CSharp.Literal(name)};");
        w.CloseBlock();
        return new GeneratedSource($"Requests.{name}.g.cs", Common.EndFile(w));
    }

    private static bool HasBodyProperties(OperationSpec op)
        => op.Body is { } body && (body.Mode is BodyMode.Create or BodyMode.Update || body.Meta.Count > 0);

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
            var resource = resources[body.Resource!];
            w.Line("writer.WritePropertyName(\"data\"u8);");
            w.Line("writer.WriteStartObject();");
            w.Line($"writer.WriteString(\"type\"u8, {CSharp.Literal(resource.JsonApiType)});");
            WriteSection(w, "attributes", members.Where(m => m.Kind == MemberKind.Attribute).ToList());
            var relationships = members.Where(m => m.Kind == MemberKind.Relationship).ToList();
            if (relationships.Count > 0)
            {
                w.Line("writer.WritePropertyName(\"relationships\"u8);");
                w.Line("writer.WriteStartObject();");
                foreach (var member in relationships)
                {
                    WriteRelationship(w, member, resources);
                }

                w.Line("writer.WriteEndObject();");
            }

            w.Line("writer.WriteEndObject();");
        }

        WriteMeta(w, members.Where(m => m.Kind == MemberKind.Meta).ToList());
        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
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
            ? $"{ResourceEmitter.TypePropertyName(relationship)} ?? string.Empty"
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
            if (body.Mode is BodyMode.Create or BodyMode.Update && resources.TryGetValue(body.Resource!, out var resource))
            {
                var update = body.Mode == BodyMode.Update;
                foreach (var attribute in resource.Attributes)
                {
                    if (update ? attribute.Update : attribute.Create != Presence.No)
                    {
                        members.Add(RequestMember.ForAttribute(attribute, update));
                    }
                }

                foreach (var relationship in resource.Relationships.Where(r => !r.Many))
                {
                    if (update ? relationship.Update : relationship.Create != Presence.No)
                    {
                        members.AddRange(RequestMember.ForRelationship(relationship, update));
                    }
                }
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

    private enum MemberKind
    {
        Query,
        Attribute,
        Relationship,
        RelationshipType,
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
