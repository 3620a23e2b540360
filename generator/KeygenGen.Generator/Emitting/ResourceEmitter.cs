using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Emits a JSON:API resource as a flat model (attributes and to-one ids as properties) plus the converter that
/// reads and writes the resource object <c>{id, type, attributes, relationships, links, meta}</c>.
/// </summary>
internal static class ResourceEmitter
{
    public static string Emit(ResourcePlan plan)
    {
        var name = plan.Name;
        var type = CSharpNames.TypeName(name);

        var w = Common.StartFile(CSharpNames.ModelNamespace);
        Common.Summary(w, plan.Summary, $"A Keygen {plan.JsonApiType} resource.");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"[{KnownTypes.JsonConverterAttribute}(typeof({CSharpNames.ConverterName(name)}))]");
        w.Line($"public sealed partial class {name}");
        w.OpenBlock();
        w.Line($"/// <summary>The JSON:API type of this resource.</summary>");
        w.Line($"public const string JsonApiType = {CSharp.Literal(plan.JsonApiType)};");
        w.Line();
        w.Line("/// <summary>The resource's id.</summary>");
        w.Line("public string Id { get; init; } = string.Empty;");
        foreach (var attribute in plan.Attributes)
        {
            w.Line();
            Properties.Declare(w, attribute, $"The <c>{CSharp.Xml(attribute.JsonName)}</c> attribute.");
        }

        foreach (var relationship in plan.Relationships)
        {
            w.Line();
            Common.Summary(w, relationship.Summary, $"The id of the related {CSharp.Xml(relationship.JsonName)}, or null when there is none.");
            w.Line($"public string? {relationship.IdProperty} {{ get; init; }}");
            if (relationship.TypeProperty is not null)
            {
                w.Line();
                w.Line($"/// <summary>The JSON:API type of the related {CSharp.Xml(relationship.JsonName)} (it may be one of several).</summary>");
                w.Line($"public string? {relationship.TypeProperty} {{ get; init; }}");
            }
        }

        foreach (var relationship in plan.RelationshipMeta)
        {
            foreach (var field in relationship.Fields)
            {
                w.Line();
                Properties.Declare(w, field, $"The <c>relationships.{CSharp.Xml(relationship.JsonName)}.meta.{CSharp.Xml(field.JsonName)}</c> value.");
            }
        }

        foreach (var field in plan.Meta)
        {
            w.Line();
            Properties.Declare(w, field, $"The <c>meta.{CSharp.Xml(field.JsonName)}</c> value.");
        }

        w.Line();
        w.Line("/// <summary>The resource's own URL path (<c>links.self</c>).</summary>");
        w.Line("public string? SelfLink { get; init; }");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override string ToString() => $\"{name} {{Id}}\";");
        w.CloseBlock();
        w.CloseBlock();

        ConverterEmitter.StartConverter(w, name);
        WriteReadValue(w, plan, type);
        w.Line();
        WriteWriteValue(w, plan, type);
        w.CloseBlock();
        return Common.EndFile(w);
    }

    private static void WriteReadValue(SourceWriter w, ResourcePlan plan, string type)
    {
        var attributes = plan.Attributes;
        var toOne = plan.Relationships;
        var meta = plan.Meta;
        ConverterEmitter.WriteReadValueStart(w, type);
        w.Line("string id = string.Empty;");
        w.Line("string? selfLink = null;");
        foreach (var attribute in attributes)
        {
            Properties.DeclareReadLocal(w, attribute);
        }

        foreach (var relationship in toOne)
        {
            w.Line($"string? {relationship.IdLocal} = null;");
            w.Line($"string? {relationship.TypeLocal} = null;");
        }

        foreach (var field in plan.RelationshipMeta.SelectMany(r => r.Fields).Concat(meta))
        {
            Properties.DeclareReadLocal(w, field);
        }

        var sections = new List<(string, string)>
        {
            ("id", $"id = {KnownTypes.KeygenJson}.ReadString(ref reader);"),
            ("type", $"{KnownTypes.KeygenJson}.ExpectType(ref reader, {type}.JsonApiType);"),
            ("links", $"selfLink = {KnownTypes.KeygenJson}.ReadSelfLink(ref reader);"),
        };
        if (attributes.Count > 0)
        {
            sections.Add(("attributes", "ReadAttributes(ref reader);"));
        }

        var readsRelationships = toOne.Count > 0 || plan.RelationshipMeta.Count > 0;
        if (readsRelationships)
        {
            sections.Add(("relationships", "ReadRelationships(ref reader);"));
        }

        if (meta.Count > 0)
        {
            sections.Add(("meta", "ReadMeta(ref reader);"));
        }

        Common.MemberLoop(w, sections);
        w.Line($"return new {type}");
        w.OpenBlock();
        w.Line("Id = id,");
        foreach (var attribute in attributes)
        {
            WithDeprecated(w, attribute, () => w.Line($"{attribute.Name} = {attribute.ReadLocal},"));
        }

        foreach (var relationship in toOne)
        {
            w.Line($"{relationship.IdProperty} = {relationship.IdLocal},");
            if (relationship.TypeProperty is not null)
            {
                w.Line($"{relationship.TypeProperty} = {relationship.TypeLocal},");
            }
        }

        foreach (var field in plan.RelationshipMeta.SelectMany(r => r.Fields).Concat(meta))
        {
            w.Line($"{field.Name} = {field.ReadLocal},");
        }

        w.Line("SelfLink = selfLink,");
        w.CloseBlock(";");

        // Local functions share the locals above, so each section reads straight into them.
        if (attributes.Count > 0)
        {
            w.Line();
            w.Line($"void ReadAttributes(ref {KnownTypes.Utf8JsonReader} reader)");
            w.OpenBlock();
            Common.MemberLoop(w, attributes.Select(a => (a.JsonName, Properties.ReadStatement(a))).ToList());
            w.CloseBlock();
        }

        if (readsRelationships)
        {
            w.Line();
            w.Line($"void ReadRelationships(ref {KnownTypes.Utf8JsonReader} reader)");
            w.OpenBlock();
            Common.MemberLoop(w, toOne
                .Select(r => (r.JsonName, $"{r.IdLocal} = {KnownTypes.KeygenJson}.ReadToOne(ref reader, out {r.TypeLocal});"))
                .Concat(plan.RelationshipMeta.Select((r, i) => (r.JsonName, $"ReadRelationshipMeta{i}(ref reader);")))
                .ToList());
            w.CloseBlock();
        }

        // A to-many relationship is read for its meta alone: {data?, links, meta: {…}}.
        for (var i = 0; i < plan.RelationshipMeta.Count; i++)
        {
            w.Line();
            w.Line($"void ReadRelationshipMeta{i}(ref {KnownTypes.Utf8JsonReader} reader)");
            w.OpenBlock();
            Common.MemberLoop(w, [("meta", $"ReadRelationshipMetaMembers{i}(ref reader);")]);
            w.CloseBlock();
            w.Line();
            w.Line($"void ReadRelationshipMetaMembers{i}(ref {KnownTypes.Utf8JsonReader} reader)");
            w.OpenBlock();
            Common.MemberLoop(w, plan.RelationshipMeta[i].Fields.Select(f => (f.JsonName, Properties.ReadStatement(f))).ToList());
            w.CloseBlock();
        }

        if (meta.Count > 0)
        {
            w.Line();
            w.Line($"void ReadMeta(ref {KnownTypes.Utf8JsonReader} reader)");
            w.OpenBlock();
            Common.MemberLoop(w, meta.Select(f => (f.JsonName, Properties.ReadStatement(f))).ToList());
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    private static void WriteWriteValue(SourceWriter w, ResourcePlan plan, string type)
    {
        w.Line($"/// <summary>Writes <paramref name=\"value\"/> as a JSON:API resource object.</summary>");
        w.Line($"public static void WriteValue({KnownTypes.Utf8JsonWriter} writer, {type} value)");
        w.OpenBlock();
        w.Line("writer.WriteStartObject();");
        w.Line("writer.WriteString(\"id\"u8, value.Id);");
        w.Line($"writer.WriteString(\"type\"u8, {type}.JsonApiType);");
        if (plan.Attributes.Count > 0)
        {
            w.Line("writer.WritePropertyName(\"attributes\"u8);");
            w.Line("writer.WriteStartObject();");
            foreach (var attribute in plan.Attributes)
            {
                WithDeprecated(w, attribute, () => Properties.WriteOrNull(w, attribute, $"value.{attribute.Name}"));
            }

            w.Line("writer.WriteEndObject();");
        }

        if (plan.Relationships.Count > 0 || plan.RelationshipMeta.Count > 0)
        {
            w.Line("writer.WritePropertyName(\"relationships\"u8);");
            w.Line("writer.WriteStartObject();");
            foreach (var relationship in plan.Relationships)
            {
                var targetType = relationship.TypeProperty is not null
                    ? $"value.{relationship.TypeProperty} ?? string.Empty"
                    : CSharp.Literal(relationship.TargetType!);
                w.Line($"{KnownTypes.JsonApiBody}.WriteToOne(writer, {CSharp.Literal(relationship.JsonName)}, {targetType}, value.{relationship.IdProperty});");
            }

            foreach (var relationship in plan.RelationshipMeta)
            {
                w.Line($"writer.WritePropertyName({CSharp.Utf8Literal(relationship.JsonName)});");
                w.Line("writer.WriteStartObject();");
                WriteMeta(w, relationship.Fields);
                w.Line("writer.WriteEndObject();");
            }

            w.Line("writer.WriteEndObject();");
        }

        if (plan.Meta.Count > 0)
        {
            WriteMeta(w, plan.Meta);
        }

        w.Line("if (value.SelfLink is not null)");
        w.OpenBlock();
        w.Line("writer.WritePropertyName(\"links\"u8);");
        w.Line("writer.WriteStartObject();");
        w.Line("writer.WriteString(\"self\"u8, value.SelfLink);");
        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
    }

    /// <summary>Writes a <c>meta</c> member (the resource's own, or a to-many relationship's) of the set fields.</summary>
    private static void WriteMeta(SourceWriter w, ImmutableEquatableArray<PropertyPlan> fields)
    {
        w.Line("writer.WritePropertyName(\"meta\"u8);");
        w.Line("writer.WriteStartObject();");
        foreach (var field in fields)
        {
            Properties.WriteUnlessNull(w, field, $"value.{field.Name}");
        }

        w.Line("writer.WriteEndObject();");
    }

    /// <summary>
    /// Writes what <paramref name="write"/> writes; around it, for a deprecated attribute, a pragma that silences
    /// CS0618 (the property is [Obsolete]), which the converter must still read and write.
    /// </summary>
    private static void WithDeprecated(SourceWriter w, PropertyPlan attribute, System.Action write)
    {
        if (attribute.Deprecated is null)
        {
            write();
            return;
        }

        w.Line("#pragma warning disable CS0618 // the converter must still round-trip deprecated attributes");
        write();
        w.Line("#pragma warning restore CS0618");
    }
}
