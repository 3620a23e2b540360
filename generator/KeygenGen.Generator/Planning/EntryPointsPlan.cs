using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>How <c>KeygenClient</c> reaches the group clients a build generates.</summary>
internal enum EntryPointKind
{
    /// <summary>Properties of <c>KeygenClient</c> (the SDK's own build).</summary>
    Properties,

    /// <summary>Extension methods on <c>KeygenClient</c>, which is already compiled (a consumer's build).</summary>
    Extensions,
}

/// <summary>The file that makes the new groups reachable from <c>KeygenClient</c>.</summary>
internal sealed record EntryPointsPlan : FilePlan
{
    public required EntryPointKind Kind { get; init; }

    /// <summary>The groups, in ordinal order.</summary>
    public required ImmutableEquatableArray<GroupEntryPlan> Groups { get; init; }
}

internal sealed record GroupEntryPlan
{
    /// <summary>The group, which names the property or extension method.</summary>
    public required string Group { get; init; }

    public required string ClientClass { get; init; }

    /// <summary>The <c>KeygenClient</c> field that caches the group's client (properties only).</summary>
    public required string Field { get; init; }
}
