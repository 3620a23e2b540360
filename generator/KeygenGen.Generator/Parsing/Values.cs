using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Parsing;

/// <summary>JSON type checks for schema values, reporting KGEN0004 at the value.</summary>
internal static class Values
{
    /// <param name="name">The key or array item the value belongs to, for the message: <c>values</c>, <c>auth[1]</c>.</param>
    public static T? Expect<T>(JsonNode value, string name, DiagnosticBag diagnostics)
        where T : JsonNode
    {
        if (value is T typed)
        {
            return typed;
        }

        diagnostics.Report(DiagnosticDescriptors.WrongValueType, value.Span, name, Describe(typeof(T)), Describe(value.Kind));
        return null;
    }

    public static bool? ExpectBool(JsonNode value, string name, DiagnosticBag diagnostics)
    {
        switch (value.Kind)
        {
            case JsonKind.True:
                return true;
            case JsonKind.False:
                return false;
            default:
                diagnostics.Report(DiagnosticDescriptors.WrongValueType, value.Span, name, "true or false", Describe(value.Kind));
                return null;
        }
    }

    public static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };

    private static string Describe(System.Type nodeType)
        => nodeType == typeof(JsonObjectNode) ? "an object"
        : nodeType == typeof(JsonArrayNode) ? "an array"
        : nodeType == typeof(JsonStringNode) ? "a string"
        : "a number";
}
