using System;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>Maps schema types to C# types and to the code that reads and writes their JSON.</summary>
internal static class TypeMapping
{
    public const string ModelNamespace = "Keygen";
    public const string ConverterNamespace = "Keygen.Serialization.Converters";

    /// <summary>The C# type of a value; <paramref name="nullable"/> adds <c>?</c>.</summary>
    public static string CSharpType(TypeRefSpec type, bool nullable)
    {
        var element = ElementType(type);
        var full = type.IsArray ? $"{KnownTypes.IReadOnlyList}<{element}>" : element;
        return nullable ? full + "?" : full;
    }

    /// <summary>Whether the C# type of a single (non-array) value is a struct.</summary>
    public static bool IsValueType(TypeRefSpec type) => !type.IsArray && type.Kind switch
    {
        TypeKind.Integer or TypeKind.Int64 or TypeKind.Number or TypeKind.Boolean or TypeKind.DateTime
            or TypeKind.Any or TypeKind.Enum => true,
        _ => false,
    };

    /// <summary>
    /// The initializer a non-nullable property needs so that a model is never half-built with a null, or null
    /// when the type's default is fine.
    /// </summary>
    public static string? DefaultInitializer(TypeRefSpec type)
    {
        if (type.IsArray)
        {
            return "[]";
        }

        return type.Kind switch
        {
            TypeKind.String => "string.Empty",
            TypeKind.JsonObject => "new()",
            _ => null,
        };
    }

    /// <summary>Whether a non-nullable property of this type cannot be given a safe default (so is emitted nullable).</summary>
    public static bool NeedsNullableProperty(TypeRefSpec type)
        => !type.IsArray && type.Kind is TypeKind.Object or TypeKind.Resource or TypeKind.Union;

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

        var wrapper = IsValueType(type) ? "ReadNullableValue" : "ReadNullable";
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
            TypeKind.Object or TypeKind.Resource or TypeKind.Union => $"{ConverterName(type.Name!)}.WriteValue({writer}, {value});",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
        };
    }

    /// <summary>The fully qualified name of a declaration's generated type.</summary>
    public static string TypeName(string declarationName) => $"global::{ModelNamespace}.{declarationName}";

    /// <summary>The fully qualified name of a declaration's generated JSON converter.</summary>
    public static string ConverterName(string declarationName) => $"global::{ConverterNamespace}.{declarationName}JsonConverter";

    private static string ElementType(TypeRefSpec type) => type.Kind switch
    {
        TypeKind.String => KnownTypes.String,
        TypeKind.Integer => "int",
        TypeKind.Int64 => "long",
        TypeKind.Number => "double",
        TypeKind.Boolean => "bool",
        TypeKind.DateTime => KnownTypes.DateTimeOffset,
        TypeKind.JsonObject => KnownTypes.JsonObject,
        TypeKind.Any => KnownTypes.JsonElement,
        TypeKind.Enum or TypeKind.Object or TypeKind.Resource or TypeKind.Union => TypeName(type.Name!),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
    };

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
        TypeKind.Enum => $"{TypeName(type.Name!)}.Read",
        TypeKind.Object or TypeKind.Resource or TypeKind.Union => $"{ConverterName(type.Name!)}.ReadValue",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
    };
}
