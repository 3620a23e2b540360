using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>How an event's payload document becomes its typed data.</summary>
internal enum EventPayloadKind
{
    /// <summary><c>data</c> is one resource, which is the event's data.</summary>
    Resource,

    /// <summary><c>data</c> is a list of resources, which is the event's data.</summary>
    Resources,

    /// <summary>The data is the object read from <c>meta</c>, with the <c>data</c> resource put into its data-sourced property.</summary>
    Meta,
}

/// <summary>The class of event kinds: <c>KeygenEvents</c>, or in a consumer's build the events its schema adds.</summary>
internal sealed record EventsPlan : FilePlan
{
    public required string ClassName { get; init; }

    /// <summary>A consumer's build: the event type enum is compiled already, without these events.</summary>
    public required bool Extends { get; init; }

    /// <summary>In declaration order.</summary>
    public required ImmutableEquatableArray<EventPlan> Events { get; init; }
}

/// <summary>One event kind: its event type and how its payload reads.</summary>
internal sealed record EventPlan
{
    /// <summary>The kind's property, and the event type enum's member when there is one.</summary>
    public required string MemberName { get; init; }

    /// <summary>The event type on the wire, e.g. <c>license.created</c>.</summary>
    public required string Type { get; init; }

    public required string? Summary { get; init; }

    /// <summary>The C# type of the event's data: the resource, a list of it, or the meta object.</summary>
    public required string DataType { get; init; }

    public required EventPayloadKind Payload { get; init; }

    /// <summary>The resource the payload's <c>data</c> holds, e.g. <c>global::Keygen.License</c>.</summary>
    public required string ResourceType { get; init; }

    public required string ResourceConverter { get; init; }

    /// <summary>The meta object's type (<see cref="EventPayloadKind.Meta"/> only).</summary>
    public required string? MetaType { get; init; }

    public required string? MetaConverter { get; init; }
}
