using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

/// <summary>A plain JSON object shape (not a JSON:API resource), e.g. a validation scope or a validation result.</summary>
internal sealed record ObjectSpec(string Name, string? Summary, ImmutableEquatableArray<FieldSpec> Properties);
