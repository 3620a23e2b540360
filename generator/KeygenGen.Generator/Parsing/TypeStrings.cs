using System.Linq;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

/// <summary>Reads schema type strings: <c>"string"</c>, <c>"LicenseStatus"</c>, <c>"string[]"</c>.</summary>
internal static class TypeStrings
{
    public const string Expected =
        "string, integer, int64, number, boolean, datetime, object, any or the PascalCase name of a declared enum, object or resource, optionally followed by []";

    /// <summary>
    /// The kind a named type gets until the binder, which sees every file, replaces it with the kind of the
    /// declaration the name refers to. Only <see cref="SchemaBinder"/> may rely on it.
    /// </summary>
    public const TypeKind UnresolvedNamedKind = TypeKind.Object;

    /// <summary>
    /// The type a string names, or null when it is neither built in nor shaped like a declaration name.
    /// A named type comes back with <see cref="UnresolvedNamedKind"/> and its <see cref="TypeRefSpec.Name"/> set.
    /// </summary>
    public static TypeRefSpec? Parse(string text)
    {
        var isArray = text.EndsWith("[]", System.StringComparison.Ordinal);
        var element = isArray ? text.Substring(0, text.Length - 2) : text;
        if (SchemaFormat.BuiltInTypes.TryGetValue(element, out var kind))
        {
            return new TypeRefSpec(kind, null, isArray);
        }

        return Naming.IsPascalCaseIdentifier(element) ? new TypeRefSpec(UnresolvedNamedKind, element, isArray) : null;
    }

    /// <summary>The type string of a type, as a schema would write it: <c>License[]</c>, <c>string</c>.</summary>
    public static string Format(TypeRefSpec type)
    {
        var element = type.Name ?? SchemaFormat.BuiltInTypes.First(b => b.Value == type.Kind).Key;
        return type.IsArray ? element + "[]" : element;
    }
}
