using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Emits a union of resources as a class with one nullable property per member, plus the converter that picks the
/// member by the resource object's <c>type</c>. A type no member has is kept as JSON, never an exception: Keygen may
/// add bearer or searchable types after this SDK was generated.
/// </summary>
internal static class UnionEmitter
{
    public static GeneratedSource Emit(UnionSpec spec)
    {
        var name = spec.Name;
        var type = TypeMapping.TypeName(name);
        var w = Common.StartFile(TypeMapping.ModelNamespace);
        var members = string.Join(", ", spec.Members.Select(m => $"<see cref=\"{TypeMapping.TypeName(m)}\"/>"));
        Common.Summary(w, spec.Summary, $"One of several Keygen resources: {members}.");
        w.Line($"/// <remarks>Switch on <see cref=\"Resource\"/> with type patterns, or call <see cref=\"Match{{TResult}}\"/> to handle every member.</remarks>");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"[{KnownTypes.JsonConverterAttribute}(typeof({TypeMapping.ConverterName(name)}))]");
        w.Line($"public sealed partial class {name}");
        w.OpenBlock();
        foreach (var member in spec.Members)
        {
            var parameter = CSharp.CamelCase(member);
            w.Line($"/// <summary>A <see cref=\"{type}\"/> that is the <see cref=\"{TypeMapping.TypeName(member)}\"/> <paramref name=\"{parameter.TrimStart('@')}\"/>.</summary>");
            w.Line($"public {name}({TypeMapping.TypeName(member)} {parameter})");
            w.OpenBlock();
            w.Line(Common.ThrowIfNull(parameter));
            w.Line($"Type = {TypeMapping.TypeName(member)}.JsonApiType;");
            w.Line($"Id = {parameter}.Id;");
            w.Line($"{member} = {parameter};");
            w.CloseBlock();
            w.Line();
        }

        w.Line($"/// <summary>A <see cref=\"{type}\"/> of a JSON:API type none of its members has, e.g. one Keygen added after this SDK.</summary>");
        w.Line("/// <param name=\"type\">The JSON:API type.</param>");
        w.Line("/// <param name=\"id\">The resource's id.</param>");
        w.Line("/// <param name=\"unknownJson\">The resource object as Keygen sent it.</param>");
        w.Line($"public {name}(string type, string id, {KnownTypes.JsonElement} unknownJson)");
        w.OpenBlock();
        w.Line(Common.ThrowIfNull("type"));
        w.Line(Common.ThrowIfNull("id"));
        w.Line("Type = type;");
        w.Line("Id = id;");
        w.Line("UnknownJson = unknownJson;");
        w.CloseBlock();
        w.Line();
        w.Line("/// <summary>The JSON:API type of the resource; it says which member property is set.</summary>");
        w.Line("public string Type { get; }");
        w.Line();
        w.Line("/// <summary>The resource's id.</summary>");
        w.Line("public string Id { get; }");
        foreach (var member in spec.Members)
        {
            w.Line();
            w.Line($"/// <summary>The resource when it is a <see cref=\"{TypeMapping.TypeName(member)}\"/>; otherwise null.</summary>");
            w.Line($"public {TypeMapping.TypeName(member)}? {member} {{ get; }}");
        }

        w.Line();
        w.Line("/// <summary>The resource object as Keygen sent it when its type is none of the members' (newer than this SDK); otherwise null.</summary>");
        w.Line($"public {KnownTypes.JsonElement}? UnknownJson {{ get; }}");
        w.Line();
        w.Line("/// <summary>The resource, for type patterns (<c>switch (x.Resource) { case License license: … }</c>); null when its type is unknown.</summary>");
        w.Line($"public object? Resource => {string.Join(" ?? ", spec.Members.Select(m => $"(object?){m}"))};");
        w.Line();
        WriteMatch(w, spec);
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override string ToString() => $\"{name} {{Type}} {{Id}}\";");
        w.CloseBlock();
        w.CloseBlock();

        ConverterEmitter.StartConverter(w, name);
        WriteReadValue(w, spec, type);
        w.Line();
        WriteWriteValue(w, spec, type);
        w.CloseBlock();
        return new GeneratedSource($"Unions.{name}.g.cs", Common.EndFile(w));
    }

    private static void WriteMatch(SourceWriter w, UnionSpec spec)
    {
        w.Line("/// <summary>Calls the function for the resource's type and returns what it returns.</summary>");
        w.Line("/// <typeparam name=\"TResult\">What every function returns.</typeparam>");
        foreach (var member in spec.Members)
        {
            w.Line($"/// <param name=\"{CSharp.CamelCase(member).TrimStart('@')}\">Called when the resource is a <see cref=\"{TypeMapping.TypeName(member)}\"/>.</param>");
        }

        w.Line("/// <param name=\"unknown\">Called with this instance when the type is none of the members' (see <see cref=\"UnknownJson\"/>).</param>");
        w.Line("/// <returns>The result of the function that was called.</returns>");
        var parameters = spec.Members
            .Select(m => $"global::System.Func<{TypeMapping.TypeName(m)}, TResult> {CSharp.CamelCase(m)}")
            .Append($"global::System.Func<{TypeMapping.TypeName(spec.Name)}, TResult> unknown");
        w.Line($"public TResult Match<TResult>({string.Join(", ", parameters)})");
        w.OpenBlock();
        foreach (var member in spec.Members)
        {
            w.Line($"if ({member} is {{ }} v_{member})");
            w.OpenBlock();
            w.Line($"return {CSharp.CamelCase(member)}(v_{member});");
            w.CloseBlock();
            w.Line();
        }

        w.Line("return unknown(this);");
        w.CloseBlock();
    }

    private static void WriteReadValue(SourceWriter w, UnionSpec spec, string type)
    {
        w.Line("/// <summary>Reads the resource object at <paramref name=\"reader\"/> as the member its <c>type</c> names, in any member order.</summary>");
        w.Line($"public static {type} ReadValue(ref {KnownTypes.Utf8JsonReader} reader)");
        w.OpenBlock();
        // A look-ahead on a copy of the reader finds the type; the member's own reader then reads the object once.
        w.Line($"var (type, id) = {KnownTypes.KeygenJson}.PeekIdentity(reader);");
        w.Line("switch (type)");
        w.OpenBlock();
        foreach (var member in spec.Members)
        {
            w.Line($"case {TypeMapping.TypeName(member)}.JsonApiType:");
            w.Line($"    return new {type}({TypeMapping.ConverterName(member)}.ReadValue(ref reader));");
        }

        w.Line("default:");
        w.Line($"    return new {type}(type, id, {KnownTypes.KeygenJson}.ReadAny(ref reader));");
        w.CloseBlock();
        w.CloseBlock();
    }

    private static void WriteWriteValue(SourceWriter w, UnionSpec spec, string type)
    {
        w.Line("/// <summary>Writes the resource object of whichever member <paramref name=\"value\"/> holds.</summary>");
        w.Line($"public static void WriteValue({KnownTypes.Utf8JsonWriter} writer, {type} value)");
        w.OpenBlock();
        foreach (var member in spec.Members)
        {
            w.Line($"{(member == spec.Members[0] ? "if" : "else if")} (value.{member} is {{ }} v_{member})");
            w.OpenBlock();
            w.Line($"{TypeMapping.ConverterName(member)}.WriteValue(writer, v_{member});");
            w.CloseBlock();
        }

        w.Line("else if (value.UnknownJson is { } unknownJson)");
        w.OpenBlock();
        w.Line("unknownJson.WriteTo(writer);");
        w.CloseBlock();
        w.Line("else");
        w.OpenBlock();
        w.Line($"{KnownTypes.JsonApiBody}.WriteIdentifier(writer, value.Type, value.Id);");
        w.CloseBlock();
        w.CloseBlock();
    }
}
