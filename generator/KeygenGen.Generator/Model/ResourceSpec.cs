using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

/// <summary>How a field may appear in a create request.</summary>
internal enum Presence
{
    /// <summary>Not accepted on create.</summary>
    No,
    /// <summary>Accepted, may be left out.</summary>
    Optional,
    /// <summary>Must be sent.</summary>
    Required,
}

/// <summary>A JSON:API resource type, emitted as a flat model class (attributes and to-one ids as properties).</summary>
/// <param name="Name">The C# class name, e.g. <c>License</c>.</param>
/// <param name="JsonApiType">The JSON:API <c>type</c>, e.g. <c>licenses</c>.</param>
/// <param name="Meta">Members of the resource object's own <c>meta</c> (e.g. a webhook event's idempotency token).</param>
internal sealed record ResourceSpec(
    string Name,
    string JsonApiType,
    string? Summary,
    ImmutableEquatableArray<AttributeSpec> Attributes,
    ImmutableEquatableArray<RelationshipSpec> Relationships,
    ImmutableEquatableArray<FieldSpec> Meta);

/// <param name="Update">Accepted by update (PATCH) requests.</param>
/// <param name="WriteOnly">Sent by clients but never returned (e.g. a password).</param>
/// <param name="Deprecated">When set, the replacement or reason; the property is marked [Obsolete].</param>
internal sealed record AttributeSpec(
    string JsonName,
    string PropertyName,
    TypeRefSpec Type,
    bool Nullable,
    string? Summary,
    Presence Create,
    bool Update,
    bool WriteOnly,
    bool Secret,
    string? Deprecated,
    Bearers? Bearers = null);

/// <param name="PropertyName">For to-one: the id property, e.g. <c>PolicyId</c>. For to-many: e.g. <c>Machines</c>.</param>
/// <param name="Meta">The members of a to-many relationship's own <c>meta</c> (a license's machine count), or null.</param>
/// <param name="Targets">Resource names the linkage may point at; more than one for polymorphic relationships.</param>
/// <param name="Inline">
/// A to-many relationship whose create request carries new resources of its one target inline
/// (<c>relationships.admins.data = [{type, attributes}, …]</c>) instead of linking existing ones.
/// </param>
internal sealed record RelationshipSpec(
    string JsonName,
    string PropertyName,
    ImmutableEquatableArray<string> Targets,
    bool Many,
    bool Nullable,
    string? Summary,
    Presence Create,
    bool Update,
    bool Inline,
    Bearers? Bearers = null,
    ImmutableEquatableArray<FieldSpec>? Meta = null)
{
    /// <summary>The property holding a polymorphic to-one linkage's type: <c>BearerId</c> → <c>BearerType</c>.</summary>
    public string TypePropertyName => TypePropertyNameOf(PropertyName);

    /// <inheritdoc cref="TypePropertyName"/>
    public static string TypePropertyNameOf(string idPropertyName)
        => idPropertyName.EndsWith("Id", System.StringComparison.Ordinal)
            ? idPropertyName.Substring(0, idPropertyName.Length - 2) + "Type"
            : idPropertyName + "Type";

    /// <summary>
    /// The class of one inline item of <paramref name="target"/>: <c>User</c> → <c>NewUser</c>. One class per target
    /// resource, shared by every relationship that creates it inline.
    /// </summary>
    public static string InlineItemName(string target) => "New" + target;
}

/// <summary>
/// Which bearers may send an attribute or relationship, where Keygen accepts it from only some (its typed params'
/// <c>if: has_role?(…)</c>); an empty list means any bearer the operation accepts. Keygen answers others with 400.
/// </summary>
internal sealed record Bearers(ImmutableEquatableArray<BearerRole> OnCreate, ImmutableEquatableArray<BearerRole> OnUpdate);
