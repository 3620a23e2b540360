using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>Emits an extensible string enum: a struct with the known values as static members.</summary>
internal static class EnumEmitter
{
    public static string Emit(EnumPlan plan)
    {
        var name = plan.Name;
        var w = Common.StartFile(CSharpNames.ModelNamespace);
        Common.Summary(w, plan.Summary, $"The {name} values Keygen uses.");
        w.Line("/// <remarks>Extensible: a value this SDK version does not know is kept as it is, never an error.</remarks>");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"[{KnownTypes.JsonConverterAttribute}(typeof({CSharpNames.ConverterName(name)}))]");
        w.Line($"public readonly partial struct {name} : global::System.IEquatable<{name}>, {KnownTypes.IKeygenEnum}");
        w.OpenBlock();
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line($"/// <summary>Wraps a wire value, known or not.</summary>");
        w.Line($"public {name}(string value)");
        w.OpenBlock();
        w.Line(Common.ThrowIfNull("value"));
        w.Line("_value = value;");
        w.CloseBlock();
        foreach (var value in plan.Values)
        {
            w.Line();
            Common.Summary(w, value.Summary, $"<c>{CSharp.Xml(value.Value)}</c>");
            w.Line($"public static {name} {value.MemberName} {{ get; }} = new({CSharp.Literal(value.Value)});");
        }

        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public string Value => _value ?? string.Empty;");
        w.Line();
        w.Line("/// <inheritdoc />");
        WriteIsKnown(w, plan);
        w.Line();
        w.Line($"/// <summary>Reads the value at <paramref name=\"reader\"/>.</summary>");
        w.Line($"public static {name} Read(ref {KnownTypes.Utf8JsonReader} reader) => new({KnownTypes.KeygenJson}.ReadString(ref reader));");
        w.Line();
        w.Line($"/// <summary>Wraps a wire value.</summary>");
        w.Line($"public static implicit operator {name}(string value) => new(value);");
        w.Line();
        w.Line("/// <summary>Compares wire values ordinally.</summary>");
        w.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Compares wire values ordinally.</summary>");
        w.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public bool Equals({name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override string ToString() => Value;");
        w.CloseBlock();
        w.CloseBlock();

        w.Line();
        w.Line($"namespace {CSharpNames.ConverterNamespace}");
        w.OpenBlock();
        w.Line($"/// <summary>Reads and writes <see cref=\"{CSharpNames.TypeName(name)}\"/> as its wire string.</summary>");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line(Common.HiddenAttribute);
        var type = CSharpNames.TypeName(name);
        w.Line($"public sealed class {CSharpNames.ConverterClass(name)} : {KnownTypes.JsonConverter}<{type}>");
        w.OpenBlock();
        w.Line("/// <inheritdoc />");
        w.Line($"public override {type} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options) => {type}.Read(ref reader);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override void Write({KnownTypes.Utf8JsonWriter} writer, {type} value, {KnownTypes.JsonSerializerOptions} options) => writer.WriteStringValue(value.Value);");
        w.CloseBlock();
        return Common.EndFile(w);
    }

    /// <summary>
    /// <c>IsKnown</c> as a lookup in a static set of the values: the compiler handles a collection initializer in
    /// linear time. A pattern (<c>Value is "A" or "B" or …</c>) or a switch over the values takes it quadratic time
    /// (ten thousand values took minutes).
    /// </summary>
    private static void WriteIsKnown(SourceWriter w, EnumPlan plan)
    {
        if (plan.Values.Count == 0)
        {
            w.Line("public bool IsKnown => false;");
            return;
        }

        w.Line("public bool IsKnown => s_known.Contains(Value);");
        w.Line();
        w.Line($"private static readonly {KnownTypes.HashSet}<string> s_known = new({KnownTypes.StringComparer}.Ordinal)");
        w.OpenBlock();
        foreach (var value in plan.Values)
        {
            w.Line($"{CSharp.Literal(value.Value)},");
        }

        w.CloseBlock(";");
    }
}
