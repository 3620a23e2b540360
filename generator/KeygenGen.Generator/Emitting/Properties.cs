using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>Writes a model's property and the converter code that reads and writes it.</summary>
internal static class Properties
{
    /// <summary>Writes <c>public T Name { get; init; }</c>, with the initializer the plan gives a non-nullable reference type.</summary>
    public static void Declare(SourceWriter w, PropertyPlan property, string fallbackSummary)
    {
        Common.Summary(w, property.Summary, fallbackSummary);
        if (property.Deprecated is not null)
        {
            w.Line($"[{KnownTypes.ObsoleteAttribute}({CSharp.Literal(property.Deprecated)})]");
        }

        var suffix = property.Initializer is null ? string.Empty : $" = {property.Initializer};";
        w.Line($"public {property.CSharpType} {property.Name} {{ get; init; }}{suffix}");
    }

    /// <summary>Declares the converter's local that the property is read into, with the property's default.</summary>
    public static void DeclareReadLocal(SourceWriter w, PropertyPlan property)
        => w.Line($"{property.CSharpType} {property.ReadLocal} = {(property.Nullable ? "default" : property.Initializer ?? "default")};");

    /// <summary>The statement that reads the value at <c>reader</c> into the property's local.</summary>
    public static string ReadStatement(PropertyPlan property) => $"{property.ReadLocal} = {JsonCode.ReadExpression(property.Type, property.Nullable)};";

    /// <summary>Writes one member of an object: always when non-nullable, only when set when nullable.</summary>
    public static void WriteUnlessNull(SourceWriter w, PropertyPlan property, string access)
    {
        if (property.Nullable)
        {
            w.Line($"if ({access} is {{ }} {property.WriteLocal})");
            w.OpenBlock();
            w.Line($"writer.WritePropertyName({CSharp.Utf8Literal(property.JsonName)});");
            w.Line(JsonCode.WriteStatement(property.Type, property.WriteLocal));
            w.CloseBlock();
        }
        else
        {
            w.Line($"writer.WritePropertyName({CSharp.Utf8Literal(property.JsonName)});");
            w.Line(JsonCode.WriteStatement(property.Type, access));
        }
    }

    /// <summary>Writes one attribute of a resource: a model round-trips nulls, so null is written as <c>null</c>, not left out.</summary>
    public static void WriteOrNull(SourceWriter w, PropertyPlan property, string access)
    {
        w.Line($"writer.WritePropertyName({CSharp.Utf8Literal(property.JsonName)});");
        if (!property.Nullable)
        {
            w.Line(JsonCode.WriteStatement(property.Type, access));
            return;
        }

        w.Line($"if ({access} is {{ }} {property.WriteLocal})");
        w.OpenBlock();
        w.Line(JsonCode.WriteStatement(property.Type, property.WriteLocal));
        w.CloseBlock();
        w.Line("else");
        w.OpenBlock();
        w.Line("writer.WriteNullValue();");
        w.CloseBlock();
    }
}
