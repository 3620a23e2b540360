using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Model;

// Every type in Model/ must stay immutable and structurally equatable (records of strings, enums, bools,
// numbers and ImmutableEquatableArray): the incremental pipeline caches on equality. No Roslyn types here.

/// <summary>Everything the schema files of one compilation declare, bound and checked.</summary>
internal sealed record ApiSpec(
    ImmutableEquatableArray<EnumSpec> Enums,
    ImmutableEquatableArray<ObjectSpec> Objects,
    ImmutableEquatableArray<ResourceSpec> Resources,
    ImmutableEquatableArray<OperationSpec> Operations)
{
    public static ApiSpec Empty { get; } = new(
        ImmutableEquatableArray<EnumSpec>.Empty,
        ImmutableEquatableArray<ObjectSpec>.Empty,
        ImmutableEquatableArray<ResourceSpec>.Empty,
        ImmutableEquatableArray<OperationSpec>.Empty);
}
