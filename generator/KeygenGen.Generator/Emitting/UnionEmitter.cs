using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Emits a union of resources as a class with one nullable property per member, plus the converter that picks the
/// member by the resource object's <c>type</c>. A type no member has is kept as JSON, never an exception: Keygen may
/// add bearer or searchable types after this SDK was generated.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(UnionPlan plan)
    {
        var name = plan.Name;
        var type = CSharpNames.TypeName(name);
        var w = Common.StartFile(CSharpNames.ModelNamespace);
        var members = string.Join(", ", plan.Members.Select(m => $"<see cref=\"{CSharpNames.TypeName(m.Name)}\"/>"));
        Common.Summary(w, plan.Summary, $"One of several Keygen resources: {members}.");
        w.Line($"/// <remarks>Switch on <see cref=\"Resource\"/> with type patterns, or call <see cref=\"Match{{TResult}}\"/> to handle every member.</remarks>");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"[{KnownTypes.JsonConverterAttribute}(typeof({CSharpNames.ConverterName(name)}))]");
        w.Line($"public sealed partial class {name}");
        w.OpenBlock();
        foreach (var member in plan.Members)
        {
            var parameter = member.Parameter;
            w.Line($"/// <summary>A <see cref=\"{type}\"/> that is the <see cref=\"{CSharpNames.TypeName(member.Name)}\"/> <paramref name=\"{parameter.TrimStart('@')}\"/>.</summary>");
            w.Line($"public {name}({CSharpNames.TypeName(member.Name)} {parameter})");
            w.OpenBlock();
            w.Line(Common.ThrowIfNull(parameter));
            w.Line($"Type = {CSharpNames.TypeName(member.Name)}.JsonApiType;");
            w.Line($"Id = {parameter}.Id;");
            w.Line($"{member.Name} = {parameter};");
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
        foreach (var member in plan.Members)
        {
            w.Line();
            w.Line($"/// <summary>The resource when it is a <see cref=\"{CSharpNames.TypeName(member.Name)}\"/>; otherwise null.</summary>");
            w.Line($"public {CSharpNames.TypeName(member.Name)}? {member.Name} {{ get; }}");
        }

        w.Line();
        w.Line("/// <summary>The resource object as Keygen sent it when its type is none of the members' (newer than this SDK); otherwise null.</summary>");
        w.Line($"public {KnownTypes.JsonElement}? UnknownJson {{ get; }}");
        w.Line();
        w.Line("/// <summary>The resource, for type patterns (<c>switch (x.Resource) { case License license: … }</c>); null when its type is unknown.</summary>");
        w.Line($"public object? Resource => {string.Join(" ?? ", plan.Members.Select(m => $"(object?){m.Name}"))};");
        w.Line();
        WriteMatch(w, plan);
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override string ToString() => $\"{name} {{Type}} {{Id}}\";");
        w.CloseBlock();
        w.CloseBlock();

        ConverterEmitter.StartConverter(w, name);
        WriteReadValue(w, plan, type);
        w.Line();
        WriteWriteValue(w, plan, type);
        w.CloseBlock();
        return Common.EndFile(w);
    }

    private static void WriteMatch(SourceWriter w, UnionPlan plan)
    {
        w.Line("/// <summary>Calls the function for the resource's type and returns what it returns.</summary>");
        w.Line("/// <typeparam name=\"TResult\">What every function returns.</typeparam>");
        foreach (var member in plan.Members)
        {
            w.Line($"/// <param name=\"{member.Parameter.TrimStart('@')}\">Called when the resource is a <see cref=\"{CSharpNames.TypeName(member.Name)}\"/>.</param>");
        }

        w.Line("/// <param name=\"unknown\">Called with this instance when the type is none of the members' (see <see cref=\"UnknownJson\"/>).</param>");
        w.Line("/// <returns>The result of the function that was called.</returns>");
        var parameters = plan.Members
            .Select(m => $"global::System.Func<{CSharpNames.TypeName(m.Name)}, TResult> {m.Parameter}")
            .Append($"global::System.Func<{CSharpNames.TypeName(plan.Name)}, TResult> unknown");
        w.Line($"public TResult Match<TResult>({string.Join(", ", parameters)})");
        w.OpenBlock();
        foreach (var member in plan.Members)
        {
            w.Line($"if ({member.Name} is {{ }} {member.Local})");
            w.OpenBlock();
            w.Line($"return {member.Parameter}({member.Local});");
            w.CloseBlock();
            w.Line();
        }

        w.Line("return unknown(this);");
        w.CloseBlock();
    }

    private static void WriteReadValue(SourceWriter w, UnionPlan plan, string type)
    {
        w.Line("/// <summary>Reads the resource object at <paramref name=\"reader\"/> as the member its <c>type</c> names, in any member order.</summary>");
        w.Line($"public static {type} ReadValue(ref {KnownTypes.Utf8JsonReader} reader)");
        w.OpenBlock();
        // A look-ahead on a copy of the reader finds the type; the member's own reader then reads the object once.
        w.Line($"var (type, id) = {KnownTypes.KeygenJson}.PeekIdentity(reader);");
        w.Line("switch (type)");
        w.OpenBlock();
        foreach (var member in plan.Members)
        {
            w.Line($"case {CSharpNames.TypeName(member.Name)}.JsonApiType:");
            w.Line($"    return new {type}({CSharpNames.ConverterName(member.Name)}.ReadValue(ref reader));");
        }

        w.Line("default:");
        w.Line($"    return new {type}(type, id, {KnownTypes.KeygenJson}.ReadAny(ref reader));");
        w.CloseBlock();
        w.CloseBlock();
    }

    private static void WriteWriteValue(SourceWriter w, UnionPlan plan, string type)
    {
        w.Line("/// <summary>Writes the resource object of whichever member <paramref name=\"value\"/> holds.</summary>");
        w.Line($"public static void WriteValue({KnownTypes.Utf8JsonWriter} writer, {type} value)");
        w.OpenBlock();
        foreach (var member in plan.Members)
        {
            w.Line($"{(member == plan.Members[0] ? "if" : "else if")} (value.{member.Name} is {{ }} {member.Local})");
            w.OpenBlock();
            w.Line($"{CSharpNames.ConverterName(member.Name)}.WriteValue(writer, {member.Local});");
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
