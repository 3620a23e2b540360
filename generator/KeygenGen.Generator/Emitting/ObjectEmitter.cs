using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>Emits a plain JSON object declaration as a class plus its converter.</summary>
internal static class ObjectEmitter
{
    public static GeneratedSource Emit(ObjectSpec spec)
    {
        var name = spec.Name;
        var type = TypeMapping.TypeName(name);
        var members = spec.Properties.Where(p => p.Source == FieldSource.Member).ToList();
        var data = spec.Properties.FirstOrDefault(p => p.Source == FieldSource.Data);

        var w = Common.StartFile(TypeMapping.ModelNamespace);
        Common.Summary(w, spec.Summary, $"The {name} object.");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"[{KnownTypes.JsonConverterAttribute}(typeof({TypeMapping.ConverterName(name)}))]");
        w.Line($"public sealed partial class {name}");
        w.OpenBlock();
        var scope = new SourceWriterScope(w);
        var first = true;
        foreach (var field in spec.Properties)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var nullable = field.Source == FieldSource.Data || Properties.IsNullable(field.Type, field.Nullable, field.Required);
            Properties.Write(scope, field.Summary, $"The <c>{CSharp.Xml(field.JsonName)}</c> value.", field.Type, nullable, field.PropertyName);
        }

        if (data is not null)
        {
            w.Line();
            w.Line($"/// <summary>A copy whose <see cref=\"{data.PropertyName}\"/> is the response document's primary data.</summary>");
            w.Line($"internal {name} WithData({TypeMapping.CSharpType(data.Type, nullable: true)} data) => new()");
            w.OpenBlock();
            foreach (var field in spec.Properties)
            {
                w.Line(field == data ? $"{field.PropertyName} = data," : $"{field.PropertyName} = {field.PropertyName},");
            }

            w.CloseBlock(";");
        }

        w.Line();
        WriteToString(w, name, members);
        w.CloseBlock();
        w.CloseBlock();

        ConverterEmitter.StartConverter(w, name);
        ConverterEmitter.WriteReadValueStart(w, type);
        foreach (var field in members)
        {
            var nullable = Properties.IsNullable(field.Type, field.Nullable, field.Required);
            w.Line($"{TypeMapping.CSharpType(field.Type, nullable)} {Local(field)} = {(nullable ? "default" : TypeMapping.DefaultInitializer(field.Type) ?? "default")};");
        }

        Common.MemberLoop(w, members
            .Select(f => (f.JsonName, $"{Local(f)} = {TypeMapping.ReadExpression(f.Type, Properties.IsNullable(f.Type, f.Nullable, f.Required))};"))
            .ToList());
        w.Line($"return new {type}");
        w.OpenBlock();
        foreach (var field in members)
        {
            w.Line($"{field.PropertyName} = {Local(field)},");
        }

        w.CloseBlock(";");
        w.CloseBlock();
        w.Line();
        w.Line($"/// <summary>Writes <paramref name=\"value\"/>; unset (null) members are left out.</summary>");
        w.Line($"public static void WriteValue({KnownTypes.Utf8JsonWriter} writer, {type} value)");
        w.OpenBlock();
        w.Line("writer.WriteStartObject();");
        foreach (var field in members)
        {
            WriteMember(w, field.JsonName, field.PropertyName, field.Type, Properties.IsNullable(field.Type, field.Nullable, field.Required));
        }

        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
        w.CloseBlock();
        return new GeneratedSource($"Objects.{name}.g.cs", Common.EndFile(w));
    }

    /// <summary>
    /// Writes the member of <c>value</c> named <paramref name="propertyName"/>: always when non-nullable, only when set
    /// when nullable.
    /// </summary>
    public static void WriteMember(SourceWriter w, string jsonName, string propertyName, TypeRefSpec type, bool nullable)
    {
        var access = $"value.{propertyName}";
        if (nullable)
        {
            // Named after the property, unique in its class: wire names may differ only in punctuation (a-b, a_b).
            var local = "v_" + propertyName;
            w.Line($"if ({access} is {{ }} {local})");
            w.OpenBlock();
            w.Line($"writer.WritePropertyName({CSharp.Utf8Literal(jsonName)});");
            w.Line(TypeMapping.WriteStatement(type, local));
            w.CloseBlock();
        }
        else
        {
            w.Line($"writer.WritePropertyName({CSharp.Utf8Literal(jsonName)});");
            w.Line(TypeMapping.WriteStatement(type, access));
        }
    }

    private static void WriteToString(SourceWriter w, string name, List<FieldSpec> members)
    {
        // Only plain, non-secret scalars: ToString() must never print a key, token or password.
        var shown = members.Where(f => !f.Secret && !f.Type.IsArray && f.Type.Kind is TypeKind.String or TypeKind.Integer
            or TypeKind.Int64 or TypeKind.Number or TypeKind.Boolean or TypeKind.DateTime or TypeKind.Enum).ToList();
        var body = shown.Count == 0
            ? name
            : name + " {{ " + string.Join(", ", shown.Select(f => $"{f.PropertyName} = {{{f.PropertyName}}}")) + " }}";
        w.Line("/// <inheritdoc />");
        w.Line($"public override string ToString() => $\"{body}\";");
    }

    /// <summary>The reader's local for a member, named after its property (unique in the class, unlike wire names).</summary>
    private static string Local(FieldSpec field) => "m_" + field.PropertyName;
}
