using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

// Must stay immutable and structurally equatable: one ParsedSchemaFile per schema file flows through the
// incremental pipeline. Unlike ApiSpec it holds positions, so it changes on whitespace edits; the binder's
// ApiSpec does not.

/// <summary>
/// What one schema file declares, checked as far as a single file allows, plus where each piece is (for the
/// binder's cross-file diagnostics) and this file's diagnostics.
/// Named type references inside the specs are not resolved yet: see <see cref="TypeStrings"/>.
/// </summary>
internal sealed record ParsedSchemaFile(
    string FilePath,
    ImmutableEquatableArray<ParsedDeclaration<EnumSpec>> Enums,
    ImmutableEquatableArray<ParsedDeclaration<ObjectSpec>> Objects,
    ImmutableEquatableArray<ParsedDeclaration<ResourceSpec>> Resources,
    ImmutableEquatableArray<ParsedDeclaration<UnionSpec>> Unions,
    ImmutableEquatableArray<ParsedDeclaration<EventSpec>> Events,
    ImmutableEquatableArray<ParsedOperation> Operations,
    ImmutableEquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A reference file: the SDK's own schema in a consumer's build; bound against, never emitted.</summary>
    public bool IsReference { get; init; }

    /// <summary>Where each member of the declarations and operations is (see <see cref="SchemaLocations"/>).</summary>
    public ImmutableEquatableArray<ElementLocation> Elements { get; init; } = ImmutableEquatableArray<ElementLocation>.Empty;
}

/// <summary>An enum, object, resource or union declaration, or an event (its type is its name).</summary>
/// <param name="NameLocation">The declaration's key, e.g. <c>"License"</c> in <c>"resources"</c> or <c>"license.created"</c> in <c>"events"</c>.</param>
/// <param name="References">Every declaration name the declaration uses, each where it is written.</param>
/// <param name="HasErrors">
/// The declaration had errors (already reported). It still claims its name, so that references to it are not
/// reported again as unknown, but neither it nor anything using it reaches the ApiSpec.
/// </param>
internal sealed record ParsedDeclaration<T>(
    T Spec,
    SchemaLocation NameLocation,
    ImmutableEquatableArray<TypeReference> References,
    bool HasErrors);

/// <summary>An operation without errors (an operation with errors is left out of the file's result).</summary>
/// <param name="RouteLocation">The <c>path</c> value, where a duplicate method and path is reported.</param>
/// <param name="ResponseMetaLocation">The <c>response.meta</c> value, when set.</param>
/// <param name="RequestNameLocation">The <c>requestName</c> value, or the id when the name is derived.</param>
internal sealed record ParsedOperation(
    OperationSpec Spec,
    SchemaLocation IdLocation,
    SchemaLocation RouteLocation,
    SchemaLocation? ResponseMetaLocation,
    SchemaLocation RequestNameLocation,
    ImmutableEquatableArray<TypeReference> References);

/// <summary>What a reference must name.</summary>
internal enum ReferenceTarget
{
    /// <summary>A type string: any enum, object, resource or union.</summary>
    AnyDeclaration,
    /// <summary>The type of a query parameter: only an enum has a query-string form.</summary>
    Enum,
    Resource,
    Object,
    /// <summary>A response's <c>resource</c>: a resource, or a union of resources.</summary>
    ResourceOrUnion,
    /// <summary>
    /// The target of an inline relationship: a resource, whose item class (<c>New…</c>) the binder checks
    /// against the other generated names.
    /// </summary>
    InlineResource,
}

/// <param name="Name">The declaration name as written (without a <c>[]</c> suffix).</param>
/// <param name="Location">The string that holds the name.</param>
internal sealed record TypeReference(string Name, ReferenceTarget Target, SchemaLocation Location);
