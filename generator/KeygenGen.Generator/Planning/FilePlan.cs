namespace KeygenGen.Generator.Planning;

// Every type in Planning/ that a plan holds must stay immutable and structurally equatable (records of strings, enums,
// bools, numbers and ImmutableEquatableArray): each generated file is one pipeline output, cached on its plan's equality.

/// <summary>
/// The plan of one generated file: everything its emitter writes, already decided. Equal plans give equal files, so a
/// schema edit re-emits exactly the files whose plans it changes.
/// </summary>
internal abstract record FilePlan
{
    /// <summary>The file's name in the compilation, unique within it (<c>Models.License.g.cs</c>).</summary>
    public required string HintName { get; init; }
}
