using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>How a response-side value becomes a model property.</summary>
internal static class Properties
{
    /// <summary>
    /// Whether the model property is nullable: the schema says so, the value may be absent, or the type has no
    /// safe default (a missing object must read as null, not as a half-built instance).
    /// </summary>
    public static bool IsNullable(TypeRefSpec type, bool nullable, bool alwaysPresent)
        => nullable || !alwaysPresent || TypeMapping.NeedsNullableProperty(type);

    /// <summary>Writes <c>public T Name { get; init; }</c> with a safe default for non-nullable reference types.</summary>
    public static void Write(SourceWriterScope scope, string? summary, string fallbackSummary, TypeRefSpec type, bool propertyNullable, string name, string? obsolete = null)
    {
        var w = scope.Writer;
        Common.Summary(w, summary, fallbackSummary);
        if (obsolete is not null)
        {
            w.Line($"[{KnownTypes.ObsoleteAttribute}({CSharp.Literal(obsolete)})]");
        }

        var initializer = propertyNullable ? null : TypeMapping.DefaultInitializer(type);
        var suffix = initializer is null ? string.Empty : $" = {initializer};";
        w.Line($"public {TypeMapping.CSharpType(type, propertyNullable)} {name} {{ get; init; }}{suffix}");
    }
}

/// <summary>A writer positioned inside a type body; keeps emitter signatures short.</summary>
internal readonly record struct SourceWriterScope(Helpers.SourceWriter Writer);
