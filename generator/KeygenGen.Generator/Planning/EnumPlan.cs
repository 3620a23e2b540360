using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>An extensible string enum: a struct with the known values as static members, and its converter.</summary>
internal sealed record EnumPlan : FilePlan
{
    public required string Name { get; init; }

    public required string? Summary { get; init; }

    /// <summary>The known values in schema order, each with its member name.</summary>
    public required ImmutableEquatableArray<EnumValueSpec> Values { get; init; }
}
