namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

/// <summary>What kind of schema element a <see cref="SchemaElement"/> names, and so what its owner and member are.</summary>
internal enum SchemaElementKind
{
    /// <summary>An enum, object, resource or union: the owner is its name.</summary>
    Declaration,

    /// <summary>A value of an enum: the member is the wire value.</summary>
    EnumValue,

    /// <summary>A property of an object: the member is its JSON name.</summary>
    Property,

    /// <summary>An attribute of a resource.</summary>
    Attribute,

    /// <summary>A relationship of a resource.</summary>
    Relationship,

    /// <summary>A member of a resource's own <c>meta</c>.</summary>
    ResourceMeta,

    /// <summary>A member of a relationship's <c>meta</c>: the member is <c>relationship.key</c>.</summary>
    RelationshipMeta,

    /// <summary>A member resource of a union: the member is its name.</summary>
    UnionMember,

    /// <summary>An operation: the owner is its id.</summary>
    Operation,

    /// <summary>The request class name of an operation (its <c>requestName</c>, or its id when the name is derived).</summary>
    RequestName,

    /// <summary>A path parameter of an operation: the member is its name.</summary>
    PathParameter,

    /// <summary>A query parameter of an operation: the member is its key.</summary>
    Query,

    /// <summary>A member of an operation's body <c>meta</c>.</summary>
    BodyMeta,

    /// <summary>The caller-chosen id of an operation's create body (<c>"clientId"</c>): the member is <c>id</c>.</summary>
    ClientId,

    /// <summary>An operation group: the owner is the group; it is where its first operation is.</summary>
    Group,

    /// <summary>The item class of inline relationships to a resource: the owner is the target; it is where the first names it.</summary>
    InlineItem,

    /// <summary>A webhook event: the owner is its type on the wire, <c>license.created</c>.</summary>
    Event,
}

/// <summary>
/// A schema element by what it is, not where: <c>(Attribute, "License", "expiry")</c>. The planner finds problems with
/// the C# names an element gives (<see cref="Diagnostics.NameConflict"/>) without positions, which would change on every
/// whitespace edit; the parser knows where each element is, and the two meet only when a diagnostic is reported.
/// </summary>
/// <param name="Owner">The declaration name, operation id or group the element belongs to (or is).</param>
/// <param name="Member">The element within its owner, or null when the element is the owner itself.</param>
internal sealed record SchemaElement(SchemaElementKind Kind, string Owner, string? Member = null);
