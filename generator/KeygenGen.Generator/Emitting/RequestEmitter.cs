using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Emits a request class: its properties (query parameters, body attributes and relationships, action <c>meta</c>,
/// paging), plus the code that turns them into a query string and a JSON:API body.
/// </summary>
internal static class RequestEmitter
{
    public static string Emit(RequestPlan plan)
    {
        var w = Common.StartFile(CSharpNames.ModelNamespace);
        Common.Summary(w, null, Summary(plan));
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"public sealed partial class {plan.Name}");
        w.OpenBlock();
        var first = true;
        foreach (var member in plan.Members)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            Common.Summary(w, member.Summary, FallbackSummary(member));
            if (BearerRoles.Note(member.Roles) is { } note)
            {
                w.Line($"/// <remarks>{CSharp.Xml(note)}</remarks>");
            }

            w.Line($"public {(member.Presence == RequestPresence.Required ? "required " : string.Empty)}{member.CSharpType} {member.Name} {{ get; set; }}");
        }

        if (plan.HasQuery)
        {
            w.Line();
            WriteAddQuery(w, plan);
        }

        switch (plan.Writer)
        {
            case RequestWriter.Document:
                w.Line();
                WriteBodyWriter(w, plan);
                break;
            case RequestWriter.Resource or RequestWriter.PublicResource:
                w.Line();
                WriteResourceWriter(w, plan);
                break;
        }

        // ToString() never shows a value: inputs may hold secrets.
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override string ToString() => {CSharp.Literal(plan.Name)};");
        w.CloseBlock();
        return Common.EndFile(w);
    }

    private static string Summary(RequestPlan plan) => plan.Kind switch
    {
        RequestKind.ListItem => $"One new {CSharp.Xml(plan.Resource!)} of <c>{CSharp.Xml(plan.OperationId!)}</c>: {CSharp.Xml(plan.OperationSummary!)}",
        RequestKind.InlineItem => $"A new <see cref=\"{CSharpNames.TypeName(plan.Resource!)}\"/> created inline with the resource that owns it "
            + "(<c>relationships.…data[]</c> of its create request).",
        _ => $"The inputs of <c>{CSharp.Xml(plan.OperationId!)}</c>: {CSharp.Xml(plan.OperationSummary!)}",
    };

    private static string FallbackSummary(RequestMemberPlan member) => (member.Section, member.Kind) switch
    {
        (RequestSection.Query, _) => $"The <c>{CSharp.Xml(member.JsonName)}</c> query parameter.",
        (RequestSection.Meta, _) => $"The <c>meta.{CSharp.Xml(member.JsonName)}</c> input.",
        (_, RequestMemberKind.InlineItems) => $"New <see cref=\"{CSharpNames.TypeName(member.Linkage!.Targets[0])}\"/> resources created with this one (<c>{CSharp.Xml(member.JsonName)}</c>).",
        (_, RequestMemberKind.LinkageId or RequestMemberKind.LinkageType) => $"The id of the related {CSharp.Xml(member.JsonName)}.",
        _ => $"The <c>{CSharp.Xml(member.JsonName)}</c> attribute.",
    };

    private static void WriteAddQuery(SourceWriter w, RequestPlan plan)
    {
        w.Line("/// <summary>Adds the set query parameters to <paramref name=\"query\"/>.</summary>");
        w.Line($"internal void AddQuery({KnownTypes.List}<{KnownTypes.KeyValuePair}<string, string>> query)");
        w.OpenBlock();
        foreach (var member in plan.In(RequestSection.Query))
        {
            w.Line($"{KnownTypes.KeygenQuery}.Add(query, {CSharp.Literal(member.JsonName)}, {member.Name});");
        }

        w.CloseBlock();
    }

    private static void WriteBodyWriter(SourceWriter w, RequestPlan plan)
    {
        w.Line("/// <summary>Writes the JSON:API request document.</summary>");
        w.Line($"internal void WriteBody({KnownTypes.Utf8JsonWriter} writer)");
        w.OpenBlock();
        w.Line("writer.WriteStartObject();");
        if (plan.JsonApiType is not null)
        {
            w.Line("writer.WritePropertyName(\"data\"u8);");
            WriteResourceObject(w, plan);
        }

        WriteMeta(w, plan.In(RequestSection.Meta));
        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
    }

    /// <summary>Writes <c>WriteResource</c>, which writes the class's members as one resource object (an item of a list body).</summary>
    private static void WriteResourceWriter(SourceWriter w, RequestPlan plan)
    {
        var isPublic = plan.Writer == RequestWriter.PublicResource;
        w.Line("/// <summary>Writes the new resource object <c>{type, attributes, relationships}</c>.</summary>");
        if (isPublic)
        {
            w.Line(Common.HiddenAttribute);
        }

        w.Line($"{(isPublic ? "public" : "internal")} void WriteResource({KnownTypes.Utf8JsonWriter} writer)");
        w.OpenBlock();
        WriteResourceObject(w, plan);
        w.CloseBlock();
    }

    /// <summary>Writes the statements that write <c>{type, attributes, relationships}</c> from the members.</summary>
    private static void WriteResourceObject(SourceWriter w, RequestPlan plan)
    {
        w.Line("writer.WriteStartObject();");
        w.Line($"writer.WriteString(\"type\"u8, {CSharp.Literal(plan.JsonApiType!)});");
        foreach (var id in plan.In(RequestSection.ResourceId))
        {
            WriteValueMember(w, id);
        }

        WriteSection(w, "attributes", plan.In(RequestSection.Attributes));
        // A polymorphic linkage's type property is written with its id, not on its own.
        var relationships = plan.In(RequestSection.Relationships).Where(m => m.Kind != RequestMemberKind.LinkageType).ToList();
        if (relationships.Count > 0)
        {
            w.Line("writer.WritePropertyName(\"relationships\"u8);");
            w.Line("writer.WriteStartObject();");
            foreach (var member in relationships)
            {
                if (member.Kind == RequestMemberKind.InlineItems)
                {
                    WriteInlineRelationship(w, member);
                }
                else
                {
                    WriteRelationship(w, member);
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
    private static void WriteMeta(SourceWriter w, ImmutableEquatableArray<RequestMemberPlan> members)
    {
        if (members.Count == 0 || members.Any(m => m.Presence == RequestPresence.Required))
        {
            WriteSection(w, "meta", members);
            return;
        }

        w.Line($"if ({string.Join(" || ", members.Select(m => m.Presence == RequestPresence.Patch ? $"{m.Name}.HasValue" : $"{m.Name} is not null"))})");
        w.OpenBlock();
        WriteSection(w, "meta", members);
        w.CloseBlock();
    }

    private static void WriteSection(SourceWriter w, string section, ImmutableEquatableArray<RequestMemberPlan> members)
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

    private static void WriteValueMember(SourceWriter w, RequestMemberPlan member)
    {
        var name = CSharp.Utf8Literal(member.JsonName);
        switch (member.Presence)
        {
            case RequestPresence.Patch:
                // PATCH semantics: unset is not sent, null is sent as null.
                w.Line($"if ({member.Name}.HasValue)");
                w.OpenBlock();
                w.Line($"writer.WritePropertyName({name});");
                WriteNullable(w, $"{member.Name}.Value", member);
                w.CloseBlock();
                break;
            case RequestPresence.Required:
                w.Line($"writer.WritePropertyName({name});");
                WriteNullable(w, member.Name, member);
                break;
            default:
                w.Line($"if ({member.Name} is {{ }} {member.Local})");
                w.OpenBlock();
                w.Line($"writer.WritePropertyName({name});");
                w.Line(JsonCode.WriteStatement(member.Type!, member.Local));
                w.CloseBlock();
                break;
        }
    }

    private static void WriteNullable(SourceWriter w, string access, RequestMemberPlan member)
    {
        w.Line($"if ({access} is {{ }} {member.Local})");
        w.OpenBlock();
        w.Line(JsonCode.WriteStatement(member.Type!, member.Local));
        w.CloseBlock();
        w.Line("else");
        w.OpenBlock();
        w.Line("writer.WriteNullValue();");
        w.CloseBlock();
    }

    private static void WriteRelationship(SourceWriter w, RequestMemberPlan member)
    {
        var linkage = member.Linkage!;
        var type = linkage.TypeProperty is { } typeProperty
            ? $"{KnownTypes.JsonApiBody}.LinkageType({typeProperty}, {CSharp.Literal(typeProperty)}, {CSharp.Literal(member.Name)})"
            : CSharp.Literal(linkage.TargetType!);
        var write = $"{KnownTypes.JsonApiBody}.WriteToOne(writer, {CSharp.Literal(member.JsonName)}, {type}, {{0}});";
        switch (member.Presence)
        {
            case RequestPresence.Patch:
                w.Line($"if ({member.Name}.HasValue)");
                w.OpenBlock();
                w.Line(string.Format(write, $"{member.Name}.Value"));
                w.CloseBlock();
                break;
            case RequestPresence.Required:
                w.Line(string.Format(write, member.Name));
                break;
            default:
                w.Line($"if ({member.Name} is not null)");
                w.OpenBlock();
                w.Line(string.Format(write, member.Name));
                w.CloseBlock();
                break;
        }
    }

    private static void WriteInlineRelationship(SourceWriter w, RequestMemberPlan member)
    {
        var write = $"{KnownTypes.JsonApiBody}.WriteInline(writer, {CSharp.Literal(member.JsonName)}, {{0}}, static (w, item) => item.WriteResource(w));";
        if (member.Presence == RequestPresence.Required)
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
}
