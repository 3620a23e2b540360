using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>A union of resources: a class with one nullable property per member, and its converter.</summary>
internal sealed record UnionPlan : FilePlan
{
    public required string Name { get; init; }

    public required string? Summary { get; init; }

    /// <summary>The member resources, in schema order.</summary>
    public required ImmutableEquatableArray<UnionMemberPlan> Members { get; init; }
}

internal sealed record UnionMemberPlan
{
    /// <summary>The member resource's name, which is also the union's property holding it.</summary>
    public required string Name { get; init; }

    /// <summary>The parameter that takes the member (its constructor's, and its function's in <c>Match</c>).</summary>
    public required string Parameter { get; init; }

    /// <summary>The local a pattern binds the member to.</summary>
    public required string Local { get; init; }
}
