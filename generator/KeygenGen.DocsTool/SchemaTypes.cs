using System;
using KeygenGen.Generator.Model;

namespace KeygenGen.DocsTool;

/// <summary>Shows resolved types the way schema files write them (<c>"string"</c>, <c>"LicenseStatus[]"</c>).</summary>
internal static class SchemaTypes
{
    public static string Display(TypeRefSpec type) => Element(type) + (type.IsArray ? "[]" : "");

    private static string Element(TypeRefSpec type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Integer => "integer",
        TypeKind.Int64 => "int64",
        TypeKind.Number => "number",
        TypeKind.Boolean => "boolean",
        TypeKind.DateTime => "datetime",
        TypeKind.JsonObject => "object",
        TypeKind.Any => "any",
        TypeKind.Enum or TypeKind.Object or TypeKind.Resource or TypeKind.Union => type.Name!,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
    };

    /// <summary>The full URL path, e.g. <c>/v1/accounts/{account}/licenses/{id}</c> or <c>/v1/plans</c>.</summary>
    public static string FullPath(OperationSpec operation)
        => (operation.AccountScoped ? "/v1/accounts/{account}" : "/v1") + operation.Path;
}
