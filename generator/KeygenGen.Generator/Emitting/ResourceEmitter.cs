using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Emits a JSON:API resource as a flat model (attributes and to-one ids as properties) plus the converter that
/// reads and writes the resource object <c>{id, type, attributes, relationships, links, meta}</c>.
/// </summary>
internal static class ResourceEmitter
{
    private static readonly TypeRefSpec s_dateTime = new(TypeKind.DateTime, null, false);

    public static GeneratedSource Emit(ResourceSpec spec, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        var name = spec.Name;
        var type = TypeMapping.TypeName(name);
        var attributes = ReadableAttributes(spec);
        var toOne = spec.Relationships.Where(r => !r.Many).ToList();

        var w = Common.StartFile(TypeMapping.ModelNamespace);
        Common.Summary(w, spec.Summary, $"A Keygen {spec.JsonApiType} resource.");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"[{KnownTypes.JsonConverterAttribute}(typeof({TypeMapping.ConverterName(name)}))]");
        w.Line($"public sealed partial class {name}");
        w.OpenBlock();
        w.Line($"/// <summary>The JSON:API type of this resource.</summary>");
        w.Line($"public const string JsonApiType = {CSharp.Literal(spec.JsonApiType)};");
        w.Line();
        w.Line("/// <summary>The resource's id.</summary>");
        w.Line("public string Id { get; init; } = string.Empty;");
        var scope = new SourceWriterScope(w);
        foreach (var attribute in attributes)
        {
            w.Line();
            Properties.Write(scope, attribute.Summary, $"The <c>{CSharp.Xml(attribute.JsonName)}</c> attribute.", attribute.Type,
                Properties.IsNullable(attribute.Type, attribute.Nullable, alwaysPresent: true), attribute.PropertyName, attribute.Deprecated);
        }

        foreach (var relationship in toOne)
        {
            w.Line();
            Common.Summary(w, relationship.Summary, $"The id of the related {CSharp.Xml(relationship.JsonName)}, or null when there is none.");
            w.Line($"public string? {relationship.PropertyName} {{ get; init; }}");
            if (relationship.Targets.Count > 1)
            {
                w.Line();
                w.Line($"/// <summary>The JSON:API type of the related {CSharp.Xml(relationship.JsonName)} (it may be one of several).</summary>");
                w.Line($"public string? {TypePropertyName(relationship)} {{ get; init; }}");
            }
        }

        foreach (var field in spec.Meta)
        {
            w.Line();
            Properties.Write(scope, field.Summary, $"The <c>meta.{CSharp.Xml(field.JsonName)}</c> value.", field.Type,
                Properties.IsNullable(field.Type, field.Nullable, field.Required), field.PropertyName);
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
        WriteReadValue(w, type, attributes, toOne, spec.Meta);
        w.Line();
        WriteWriteValue(w, spec, type, attributes, toOne, resources);
        w.CloseBlock();
        return new GeneratedSource($"Models.{name}.g.cs", Common.EndFile(w));
    }

    /// <summary>The attributes a response carries: the declared ones that are not write-only, plus the timestamps.</summary>
    private static List<AttributeSpec> ReadableAttributes(ResourceSpec spec)
    {
        var attributes = spec.Attributes.Where(a => !a.WriteOnly).ToList();
        foreach (var timestamp in new[] { "created", "updated" })
        {
            if (!spec.Attributes.Any(a => a.JsonName == timestamp))
            {
                var summary = timestamp == "created" ? "When the resource was created." : "When the resource was last updated.";
                var pascal = char.ToUpperInvariant(timestamp[0]) + timestamp.Substring(1);
                attributes.Add(new AttributeSpec(timestamp, pascal, s_dateTime, false, summary, Presence.No, false, false, false, null));
            }
        }

        return attributes;
    }

    private static void WriteReadValue(SourceWriter w, string type, List<AttributeSpec> attributes, List<RelationshipSpec> toOne, ImmutableEquatableArray<FieldSpec> meta)
    {
        ConverterEmitter.WriteReadValueStart(w, type);
        w.Line("string id = string.Empty;");
        w.Line("string? selfLink = null;");
        foreach (var attribute in attributes)
        {
            var nullable = Properties.IsNullable(attribute.Type, attribute.Nullable, alwaysPresent: true);
            w.Line($"{TypeMapping.CSharpType(attribute.Type, nullable)} {Local("a", attribute.PropertyName)} = {(nullable ? "default" : TypeMapping.DefaultInitializer(attribute.Type) ?? "default")};");
        }

        foreach (var relationship in toOne)
        {
            w.Line($"string? {Local("r", relationship.PropertyName)} = null;");
            w.Line($"string? {Local("t", relationship.PropertyName)} = null;");
        }

        foreach (var field in meta)
        {
            var nullable = Properties.IsNullable(field.Type, field.Nullable, field.Required);
            w.Line($"{TypeMapping.CSharpType(field.Type, nullable)} {Local("m", field.PropertyName)} = {(nullable ? "default" : TypeMapping.DefaultInitializer(field.Type) ?? "default")};");
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

        if (toOne.Count > 0)
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
            WithDeprecated(w, attribute, () => w.Line($"{attribute.PropertyName} = {Local("a", attribute.PropertyName)},"));
        }

        foreach (var relationship in toOne)
        {
            w.Line($"{relationship.PropertyName} = {Local("r", relationship.PropertyName)},");
            if (relationship.Targets.Count > 1)
            {
                w.Line($"{TypePropertyName(relationship)} = {Local("t", relationship.PropertyName)},");
            }
        }

        foreach (var field in meta)
        {
            w.Line($"{field.PropertyName} = {Local("m", field.PropertyName)},");
        }

        w.Line("SelfLink = selfLink,");
        w.CloseBlock(";");

        // Local functions share the locals above, so each section reads straight into them.
        if (attributes.Count > 0)
        {
            w.Line();
            w.Line($"void ReadAttributes(ref {KnownTypes.Utf8JsonReader} reader)");
            w.OpenBlock();
            Common.MemberLoop(w, attributes
                .Select(a => (a.JsonName, $"{Local("a", a.PropertyName)} = {TypeMapping.ReadExpression(a.Type, Properties.IsNullable(a.Type, a.Nullable, alwaysPresent: true))};"))
                .ToList());
            w.CloseBlock();
        }

        if (toOne.Count > 0)
        {
            w.Line();
            w.Line($"void ReadRelationships(ref {KnownTypes.Utf8JsonReader} reader)");
            w.OpenBlock();
            Common.MemberLoop(w, toOne
                .Select(r => (r.JsonName, $"{Local("r", r.PropertyName)} = {KnownTypes.KeygenJson}.ReadToOne(ref reader, out {Local("t", r.PropertyName)});"))
                .ToList());
            w.CloseBlock();
        }

        if (meta.Count > 0)
        {
            w.Line();
            w.Line($"void ReadMeta(ref {KnownTypes.Utf8JsonReader} reader)");
            w.OpenBlock();
            Common.MemberLoop(w, meta
                .Select(f => (f.JsonName, $"{Local("m", f.PropertyName)} = {TypeMapping.ReadExpression(f.Type, Properties.IsNullable(f.Type, f.Nullable, f.Required))};"))
                .ToList());
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    private static void WriteWriteValue(SourceWriter w, ResourceSpec spec, string type, List<AttributeSpec> attributes, List<RelationshipSpec> toOne, IReadOnlyDictionary<string, ResourceSpec> resources)
    {
        w.Line($"/// <summary>Writes <paramref name=\"value\"/> as a JSON:API resource object.</summary>");
        w.Line($"public static void WriteValue({KnownTypes.Utf8JsonWriter} writer, {type} value)");
        w.OpenBlock();
        w.Line("writer.WriteStartObject();");
        w.Line("writer.WriteString(\"id\"u8, value.Id);");
        w.Line($"writer.WriteString(\"type\"u8, {type}.JsonApiType);");
        if (attributes.Count > 0)
        {
            w.Line("writer.WritePropertyName(\"attributes\"u8);");
            w.Line("writer.WriteStartObject();");
            foreach (var attribute in attributes)
            {
                var nullable = Properties.IsNullable(attribute.Type, attribute.Nullable, alwaysPresent: true);
                WithDeprecated(w, attribute, () => WriteNullableMember(w, attribute.JsonName, attribute.PropertyName, attribute.Type, nullable));
            }

            w.Line("writer.WriteEndObject();");
        }

        if (toOne.Count > 0)
        {
            w.Line("writer.WritePropertyName(\"relationships\"u8);");
            w.Line("writer.WriteStartObject();");
            foreach (var relationship in toOne)
            {
                var targetType = relationship.Targets.Count > 1
                    ? $"value.{TypePropertyName(relationship)} ?? string.Empty"
                    : CSharp.Literal(resources.TryGetValue(relationship.Targets[0], out var target) ? target.JsonApiType : relationship.Targets[0]);
                w.Line($"{KnownTypes.JsonApiBody}.WriteToOne(writer, {CSharp.Literal(relationship.JsonName)}, {targetType}, value.{relationship.PropertyName});");
            }

            w.Line("writer.WriteEndObject();");
        }

        if (spec.Meta.Count > 0)
        {
            w.Line("writer.WritePropertyName(\"meta\"u8);");
            w.Line("writer.WriteStartObject();");
            foreach (var field in spec.Meta)
            {
                ObjectEmitter.WriteMember(w, field.JsonName, field.PropertyName, field.Type, Properties.IsNullable(field.Type, field.Nullable, field.Required));
            }

            w.Line("writer.WriteEndObject();");
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

    /// <summary>
    /// Writes what <paramref name="write"/> writes; around it, for a deprecated attribute, a pragma that silences
    /// CS0618 (the property is [Obsolete]), which the converter must still read and write.
    /// </summary>
    private static void WithDeprecated(SourceWriter w, AttributeSpec attribute, System.Action write)
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

    /// <summary>A model round-trips nulls: a null attribute is written as <c>null</c>, not left out.</summary>
    private static void WriteNullableMember(SourceWriter w, string jsonName, string propertyName, TypeRefSpec type, bool nullable)
    {
        var access = $"value.{propertyName}";
        w.Line($"writer.WritePropertyName({CSharp.Utf8Literal(jsonName)});");
        if (!nullable)
        {
            w.Line(TypeMapping.WriteStatement(type, access));
            return;
        }

        var local = Local("v", propertyName);
        w.Line($"if ({access} is {{ }} {local})");
        w.OpenBlock();
        w.Line(TypeMapping.WriteStatement(type, local));
        w.CloseBlock();
        w.Line("else");
        w.OpenBlock();
        w.Line("writer.WriteNullValue();");
        w.CloseBlock();
    }

    public static string TypePropertyName(RelationshipSpec relationship) => relationship.TypePropertyName;

    /// <summary>
    /// A local of the converter for a member, named after its property (unique in the model class, unlike wire names,
    /// which may differ only in punctuation: <c>a-b</c>, <c>a_b</c>); the prefix says which section it belongs to.
    /// </summary>
    private static string Local(string prefix, string propertyName) => prefix + "_" + propertyName;
}
