using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

// Must stay immutable and structurally equatable (pipeline output).

/// <summary>
/// The bound API of a compilation: the spec of everything valid, and every diagnostic of every schema file
/// (each file's own first, then the cross-file ones). The spec holds no positions, so a whitespace-only edit of
/// a schema file gives an equal spec.
/// </summary>
/// <param name="Locations">Where each element is, for reporting what the planner finds (<see cref="SchemaLocations.Report"/>).</param>
internal sealed record BoundApi(ApiSpec Spec, ImmutableEquatableArray<DiagnosticInfo> Diagnostics, SchemaLocations Locations)
{
    /// <summary>
    /// Everything a build reports for these files, for a caller outside the incremental pipeline (which reports the two
    /// parts as two outputs): <see cref="Diagnostics"/>, then the plan's name conflicts at the user's tokens.
    /// </summary>
    public IReadOnlyList<DiagnosticInfo> WithNameConflicts(IReadOnlyList<NameConflict> nameConflicts)
        => Diagnostics.Concat(Locations.Report(nameConflicts)).ToList();
}
