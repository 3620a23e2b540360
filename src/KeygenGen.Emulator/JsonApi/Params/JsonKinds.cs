using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.JsonApi.Params;

/// <summary>Names JSON values the way typed_params does in its "type mismatch (received X expected Y)" messages.</summary>
internal static class JsonKinds
{
    public static string NameOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => IsInteger(value) ? "integer" : "float",
            _ => "null",
        },
        _ => "unknown",
    };

    public static string NameOf(ParamType type) => type switch
    {
        ParamType.String => "string",
        ParamType.Integer => "integer",
        ParamType.Boolean => "boolean",
        ParamType.Object => "object",
        ParamType.Array => "array",
        ParamType.Uuid => "UUID string",
        ParamType.Any => "any",
        _ => "time",
    };

    /// <summary>True for a JSON number written without fraction or exponent (Ruby parses only those as Integer).</summary>
    public static bool IsInteger(JsonValue value)
    {
        var text = value.ToJsonString();
        return text.IndexOfAny(['.', 'e', 'E']) < 0;
    }
}
