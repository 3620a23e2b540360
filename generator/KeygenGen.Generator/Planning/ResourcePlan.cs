using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>A JSON:API resource as a flat model (attributes and to-one ids as properties), and its converter.</summary>
internal sealed record ResourcePlan : FilePlan
{
    public required string Name { get; init; }

    public required string JsonApiType { get; init; }

    public required string? Summary { get; init; }

    /// <summary>The attributes a response carries: the declared ones that are not write-only, then the timestamps not declared.</summary>
    public required ImmutableEquatableArray<PropertyPlan> Attributes { get; init; }

    public required ImmutableEquatableArray<ToOnePlan> Relationships { get; init; }

    /// <summary>Members of the resource object's own <c>meta</c>.</summary>
    public required ImmutableEquatableArray<PropertyPlan> Meta { get; init; }

    /// <summary>The to-many relationships whose <c>meta</c> the model reads (a license's machine count and cores).</summary>
    public ImmutableEquatableArray<RelationshipMetaPlan> RelationshipMeta { get; init; } = ImmutableEquatableArray<RelationshipMetaPlan>.Empty;
}

/// <summary>
/// The <c>meta</c> of one to-many relationship, read into properties of the model named after the relationship and the
/// member: <c>relationships.machines.meta.count</c> → <c>MachinesCount</c>.
/// </summary>
internal sealed record RelationshipMetaPlan
{
    public required string JsonName { get; init; }

    public required ImmutableEquatableArray<PropertyPlan> Fields { get; init; }
}

/// <summary>A to-one relationship of a model: the related resource's id (and, when polymorphic, its type) as properties.</summary>
internal sealed record ToOnePlan
{
    public required string JsonName { get; init; }

    /// <summary>The id property, e.g. <c>PolicyId</c>.</summary>
    public required string IdProperty { get; init; }

    /// <summary>The type property of a polymorphic relationship (<c>BearerType</c>); null when there is one target.</summary>
    public required string? TypeProperty { get; init; }

    /// <summary>The JSON:API type of the one target; null when polymorphic.</summary>
    public required string? TargetType { get; init; }

    public required string? Summary { get; init; }

    /// <summary>The converter's locals for the linkage's id and type while the resource is read.</summary>
    public required string IdLocal { get; init; }

    public required string TypeLocal { get; init; }
}
