using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>Emits a plain JSON object declaration as a class plus its converter.</summary>
internal static class ObjectEmitter
{
    public static string Emit(ObjectPlan plan)
    {
        var name = plan.Name;
        var type = CSharpNames.TypeName(name);
        var members = plan.Members;
        var data = plan.DataProperty;

        var w = Common.StartFile(CSharpNames.ModelNamespace);
        Common.Summary(w, plan.Summary, $"The {name} object.");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"[{KnownTypes.JsonConverterAttribute}(typeof({CSharpNames.ConverterName(name)}))]");
        w.Line($"public sealed partial class {name}");
        w.OpenBlock();
        var first = true;
        foreach (var property in plan.Properties)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            Properties.Declare(w, property, $"The <c>{CSharp.Xml(property.JsonName)}</c> value.");
        }

        if (data is not null)
        {
            w.Line();
            w.Line($"/// <summary>A copy whose <see cref=\"{data.Name}\"/> is the response document's primary data.</summary>");
            w.Line($"internal {name} WithData({data.CSharpType} data) => new()");
            w.OpenBlock();
            foreach (var property in plan.Properties)
            {
                w.Line(property == data ? $"{property.Name} = data," : $"{property.Name} = {property.Name},");
            }

            w.CloseBlock(";");
        }

        w.Line();
        WriteToString(w, plan);
        w.CloseBlock();
        w.CloseBlock();

        ConverterEmitter.StartConverter(w, name);
        ConverterEmitter.WriteReadValueStart(w, type);
        foreach (var property in members)
        {
            Properties.DeclareReadLocal(w, property);
        }

        Common.MemberLoop(w, members.Select(p => (p.JsonName, Properties.ReadStatement(p))).ToList());
        w.Line($"return new {type}");
        w.OpenBlock();
        foreach (var property in members)
        {
            w.Line($"{property.Name} = {property.ReadLocal},");
        }

        w.CloseBlock(";");
        w.CloseBlock();
        w.Line();
        w.Line($"/// <summary>Writes <paramref name=\"value\"/>; unset (null) members are left out.</summary>");
        w.Line($"public static void WriteValue({KnownTypes.Utf8JsonWriter} writer, {type} value)");
        w.OpenBlock();
        w.Line("writer.WriteStartObject();");
        foreach (var property in members)
        {
            Properties.WriteUnlessNull(w, property, $"value.{property.Name}");
        }

        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
        w.CloseBlock();
        return Common.EndFile(w);
    }

    private static void WriteToString(SourceWriter w, ObjectPlan plan)
    {
        var shown = plan.Properties.Where(p => p.ShownInToString).ToList();
        var body = shown.Count == 0
            ? plan.Name
            : plan.Name + " {{ " + string.Join(", ", shown.Select(p => $"{p.Name} = {{{p.Name}}}")) + " }}";
        w.Line("/// <inheritdoc />");
        w.Line($"public override string ToString() => $\"{body}\";");
    }
}
