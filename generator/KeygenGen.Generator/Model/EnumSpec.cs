using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

/// <summary>An extensible string enum: known values become static members; unknown server values are kept.</summary>
internal sealed record EnumSpec(string Name, string? Summary, ImmutableEquatableArray<EnumValueSpec> Values);

/// <param name="Value">The wire value, e.g. <c>"NO_MACHINE"</c>.</param>
/// <param name="MemberName">The C# member, e.g. <c>NoMachine</c> (derived, or the schema's <c>"name"</c>).</param>
internal sealed record EnumValueSpec(string Value, string MemberName, string? Summary);
