using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>A plain JSON object declaration: a class and its converter.</summary>
internal sealed record ObjectPlan : FilePlan
{
    public required string Name { get; init; }

    public required string? Summary { get; init; }

    /// <summary>Every property, in schema order.</summary>
    public required ImmutableEquatableArray<PropertyPlan> Properties { get; init; }

    /// <summary>The properties the converter reads and writes: all but the one taken from the response's primary data.</summary>
    public ImmutableEquatableArray<PropertyPlan> Members => Properties.Where(p => p.Source == FieldSource.Member).ToImmutableEquatableArray();

    /// <summary>The property set from the response's primary data (<c>"source": "data"</c>), if any.</summary>
    public PropertyPlan? DataProperty => Properties.FirstOrDefault(p => p.Source == FieldSource.Data);
}
