using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Diagnostics;

// Must stay immutable and structurally equatable: conflicts flow through the incremental pipeline with the plan.

/// <summary>How two names collide, which says the diagnostic.</summary>
internal enum NameConflictKind
{
    /// <summary>Two elements give one C# name in one scope (KGEN0013, at the later of the two).</summary>
    Duplicate,

    /// <summary>
    /// Two generated type names differ only in case, or one is a group's client class (KGEN0017, at the later of the two).
    /// </summary>
    Collision,

    /// <summary>A generated type takes a name of the SDK (KGEN0017).</summary>
    SdkName,

    /// <summary>A member or parameter takes a name the generated code gives something of its own (KGEN0010).</summary>
    Reserved,
}

/// <summary>A schema element with the C# name it gives, and what that name is, for the message: <c>Request class</c>.</summary>
internal sealed record NamedElement(SchemaElement Element, string What, string Name);

/// <summary>
/// A name the planner cannot emit, found without positions: the parser's locations turn it into a diagnostic at the
/// user's token (<see cref="Parsing.SchemaLocations"/>), so a whitespace edit never re-plans, and a plan never re-emits
/// because a diagnostic moved.
/// </summary>
/// <param name="Subject">The element reported (for two user elements, the later of the two in file order is).</param>
/// <param name="Other">The element it collides with, for <see cref="NameConflictKind.Duplicate"/> and <see cref="NameConflictKind.Collision"/>.</param>
/// <param name="Reason">What the name is taken by, for <see cref="NameConflictKind.SdkName"/> and <see cref="NameConflictKind.Reserved"/>.</param>
internal sealed record NameConflict(NameConflictKind Kind, NamedElement Subject, NamedElement? Other, string? Reason);
