using System;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>The code that reads and writes a schema type's JSON value.</summary>
internal static class JsonCode
{
    /// <summary>An expression reading the value at <c>reader</c> (a <c>ref Utf8JsonReader</c> named <paramref name="reader"/>).</summary>
    public static string ReadExpression(TypeRefSpec type, bool nullable, string reader = "reader")
    {
        var readElement = ElementReader(type);
        if (type.IsArray)
        {
            var readList = $"{KnownTypes.KeygenJson}.ReadList(ref {reader}, {readElement})";
            return nullable
                ? $"{KnownTypes.KeygenJson}.ReadNullable(ref {reader}, static (ref {KnownTypes.Utf8JsonReader} r) => {KnownTypes.KeygenJson}.ReadList(ref r, {readElement}))"
                : readList;
        }

        if (!nullable)
        {
            return $"{readElement}(ref {reader})";
        }

        var wrapper = CSharpTypes.IsValueType(type) ? "ReadNullableValue" : "ReadNullable";
        return $"{KnownTypes.KeygenJson}.{wrapper}(ref {reader}, {readElement})";
    }

    /// <summary>A statement writing the non-null value <paramref name="value"/> with writer <paramref name="writer"/>.</summary>
    public static string WriteStatement(TypeRefSpec type, string value, string writer = "writer")
    {
        if (type.IsArray)
        {
            var item = WriteStatement(type with { IsArray = false }, "item", "w").TrimEnd(';');
            return $"{KnownTypes.KeygenJson}.WriteList({writer}, {value}, static (w, item) => {item});";
        }

        return type.Kind switch
        {
            TypeKind.String => $"{writer}.WriteStringValue({value});",
            TypeKind.Integer or TypeKind.Int64 or TypeKind.Number => $"{writer}.WriteNumberValue({value});",
            TypeKind.Boolean => $"{writer}.WriteBooleanValue({value});",
            TypeKind.DateTime => $"{KnownTypes.KeygenJson}.WriteDateTime({writer}, {value});",
            TypeKind.JsonObject => $"{KnownTypes.KeygenJson}.WriteJsonObject({writer}, {value});",
            TypeKind.Any => $"{KnownTypes.KeygenJson}.WriteAny({writer}, {value});",
            TypeKind.Enum => $"{writer}.WriteStringValue({value}.Value);",
            TypeKind.Object or TypeKind.Resource or TypeKind.Union => $"{CSharpNames.ConverterName(type.Name!)}.WriteValue({writer}, {value});",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
        };
    }

    private static string ElementReader(TypeRefSpec type) => type.Kind switch
    {
        TypeKind.String => $"{KnownTypes.KeygenJson}.ReadString",
        TypeKind.Integer => $"{KnownTypes.KeygenJson}.ReadInt32",
        TypeKind.Int64 => $"{KnownTypes.KeygenJson}.ReadInt64",
        TypeKind.Number => $"{KnownTypes.KeygenJson}.ReadDouble",
        TypeKind.Boolean => $"{KnownTypes.KeygenJson}.ReadBoolean",
        TypeKind.DateTime => $"{KnownTypes.KeygenJson}.ReadDateTime",
        TypeKind.JsonObject => $"{KnownTypes.KeygenJson}.ReadJsonObject",
        TypeKind.Any => $"{KnownTypes.KeygenJson}.ReadAny",
        TypeKind.Enum => $"{CSharpNames.TypeName(type.Name!)}.Read",
        TypeKind.Object or TypeKind.Resource or TypeKind.Union => $"{CSharpNames.ConverterName(type.Name!)}.ReadValue",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
    };
}
