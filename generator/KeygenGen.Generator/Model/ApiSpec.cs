using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Model;

// Every type in Model/ must stay immutable and structurally equatable (records of strings, enums, bools,
// numbers and ImmutableEquatableArray): the incremental pipeline caches on equality. No Roslyn types here.

/// <summary>Everything the schema files of one compilation declare, bound and checked.</summary>
/// <param name="Operations">The operations to emit: those of reference files are already compiled and left out.</param>
/// <param name="Events">
/// The webhook event types to emit, in declaration order (files by path): those of reference files are already compiled
/// and left out. Every declared event (the reference files' too) is a value of the <see cref="EventSpec.TypeEnumName"/>
/// enum in <see cref="Enums"/>.
/// </param>
/// <param name="ReferenceDeclarations">
/// Names of the enums, objects, resources and unions that reference files declare (the SDK's own schema, passed to a
/// consumer's build so its schema entries can use <c>License</c> and friends). They are in the lists above, for
/// binding, but already compiled into the SDK, so they are not emitted again.
/// </param>
/// <param name="ReferenceGroups">Client groups the SDK already has: a consumer's operations in them become extension methods.</param>
internal sealed record ApiSpec(
    ImmutableEquatableArray<EnumSpec> Enums,
    ImmutableEquatableArray<ObjectSpec> Objects,
    ImmutableEquatableArray<ResourceSpec> Resources,
    ImmutableEquatableArray<UnionSpec> Unions,
    ImmutableEquatableArray<OperationSpec> Operations,
    ImmutableEquatableArray<EventSpec> Events,
    ImmutableEquatableArray<string> ReferenceDeclarations,
    ImmutableEquatableArray<string> ReferenceGroups)
{
    public static ApiSpec Empty { get; } = new(
        ImmutableEquatableArray<EnumSpec>.Empty,
        ImmutableEquatableArray<ObjectSpec>.Empty,
        ImmutableEquatableArray<ResourceSpec>.Empty,
        ImmutableEquatableArray<UnionSpec>.Empty,
        ImmutableEquatableArray<OperationSpec>.Empty,
        ImmutableEquatableArray<EventSpec>.Empty,
        ImmutableEquatableArray<string>.Empty,
        ImmutableEquatableArray<string>.Empty);

    /// <summary>
    /// The request classes of the SDK's own operations in a consumer's build: compiled already, left out of
    /// <see cref="Operations"/>, but names a consumer's generated types must not take.
    /// </summary>
    public ImmutableEquatableArray<ReferenceRequest> ReferenceRequests { get; init; } = ImmutableEquatableArray<ReferenceRequest>.Empty;

    /// <summary>
    /// The methods of the SDK's own operations in a consumer's build: compiled already into its client classes, which a
    /// consumer's extension methods on those classes must not name (an instance method hides an extension method).
    /// </summary>
    public ImmutableEquatableArray<ReferenceMethod> ReferenceMethods { get; init; } = ImmutableEquatableArray<ReferenceMethod>.Empty;

    /// <summary>Whether this is a consumer's build that extends the SDK (reference files were passed).</summary>
    public bool ExtendsSdk => ReferenceDeclarations.Count > 0 || ReferenceGroups.Count > 0;
}

/// <summary>The request class of an operation of the SDK's own schema: <c>(licenses.create, CreateLicenseRequest)</c>.</summary>
internal sealed record ReferenceRequest(string OperationId, string RequestName);

/// <summary>An operation of the SDK's own schema, as its client class has it: <c>(licenses.list, Licenses, List, paged)</c>.</summary>
internal sealed record ReferenceMethod(string OperationId, string Group, string MethodName, bool Paged);
