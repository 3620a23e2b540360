using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>The shape every generated JSON converter shares: System.Text.Json entry points over static readers.</summary>
internal static class ConverterEmitter
{
    /// <summary>
    /// Opens the converters' namespace (after the model's, in the same file) and, in it, <c>{Name}JsonConverter</c>
    /// (see <see cref="WriteHeader"/>).
    /// </summary>
    public static void StartConverter(SourceWriter w, string name)
    {
        w.Line();
        w.Line($"namespace {CSharpNames.ConverterNamespace}");
        w.OpenBlock();
        WriteHeader(w, name);
    }

    /// <summary>
    /// Opens <c>{Name}JsonConverter</c>. Its static <c>ReadValue</c>/<c>WriteValue</c> are what generated code
    /// calls (no options lookup, no allocation); the overrides let System.Text.Json users serialize models too.
    /// </summary>
    public static void WriteHeader(SourceWriter w, string name)
    {
        var type = CSharpNames.TypeName(name);
        w.Line($"/// <summary>Reads and writes <see cref=\"{type}\"/> without reflection.</summary>");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line(Common.HiddenAttribute);
        w.Line($"public sealed class {CSharpNames.ConverterClass(name)} : {KnownTypes.JsonConverter}<{type}>");
        w.OpenBlock();
        w.Line("/// <inheritdoc />");
        w.Line($"public override {type} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options) => ReadValue(ref reader);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override void Write({KnownTypes.Utf8JsonWriter} writer, {type} value, {KnownTypes.JsonSerializerOptions} options) => WriteValue(writer, value);");
        w.Line();
    }

    /// <summary>Opens <c>public static T ReadValue(ref Utf8JsonReader reader)</c>.</summary>
    public static void WriteReadValueStart(SourceWriter w, string type)
    {
        w.Line($"/// <summary>Reads the object at <paramref name=\"reader\"/>.</summary>");
        w.Line($"public static {type} ReadValue(ref {KnownTypes.Utf8JsonReader} reader)");
        w.OpenBlock();
    }
}
