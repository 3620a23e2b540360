using System;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

/// <summary>Which C# type a schema type becomes, and when a property of it is nullable: the one answer to both.</summary>
internal static class CSharpTypes
{
    /// <summary>The C# type of a value; <paramref name="nullable"/> adds <c>?</c>.</summary>
    public static string Of(TypeRefSpec type, bool nullable)
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
    /// Whether a model (response-side) property is nullable: the schema says so, the value may be absent, or the type
    /// has no safe default (a missing object must read as null, not as a half-built instance).
    /// </summary>
    public static bool IsNullableProperty(TypeRefSpec type, bool nullable, bool alwaysPresent)
        => nullable || !alwaysPresent || (!type.IsArray && type.Kind is TypeKind.Object or TypeKind.Resource or TypeKind.Union);

    /// <summary>
    /// The initializer a non-nullable property needs so that a model is never half-built with a null, or null when the
    /// type's default is fine.
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
        TypeKind.Enum or TypeKind.Object or TypeKind.Resource or TypeKind.Union => CSharpNames.TypeName(type.Name!),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
    };
}
