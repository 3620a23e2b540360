using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>
/// A property of a model that Keygen sends (a resource's attribute or meta member, an object's property): read from the
/// response, written back by the model's converter.
/// </summary>
internal sealed record PropertyPlan
{
    /// <summary>The C# property name.</summary>
    public required string Name { get; init; }

    /// <summary>The member's name in its JSON object.</summary>
    public required string JsonName { get; init; }

    public required TypeRefSpec Type { get; init; }

    /// <summary>Whether the property may hold null: the schema says so, the value may be absent, or its type has no safe default.</summary>
    public required bool Nullable { get; init; }

    /// <summary>The property's C# type, with <c>?</c> when <see cref="Nullable"/>.</summary>
    public required string CSharpType { get; init; }

    /// <summary>The initializer a non-nullable property needs (<c>string.Empty</c>, <c>[]</c>), or null when its default is fine.</summary>
    public required string? Initializer { get; init; }

    public required string? Summary { get; init; }

    /// <summary>When set, the replacement or reason: the property is [Obsolete].</summary>
    public string? Deprecated { get; init; }

    /// <summary>Where an object's property takes its value from: its own member, or the response's primary data.</summary>
    public FieldSource Source { get; init; }

    /// <summary>Whether <c>ToString()</c> shows the value: only plain scalars that are not secret.</summary>
    public bool ShownInToString { get; init; }

    /// <summary>The converter's local that holds the value while the object is read.</summary>
    public required string ReadLocal { get; init; }

    /// <summary>The converter's local that holds a nullable value while it is written.</summary>
    public required string WriteLocal { get; init; }
}
