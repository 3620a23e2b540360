using System.Collections.Generic;
using System.Threading;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Tests.Infrastructure;

/// <summary>What a build reports for bound schema files, as the generator does: the parser's and binder's diagnostics, then the plan's name conflicts at the user's tokens.</summary>
internal static class SchemaDiagnostics
{
    public static IReadOnlyList<DiagnosticInfo> Of(BoundApi bound)
        => bound.WithNameConflicts(Planner.Plan(bound.Spec, CancellationToken.None).NameConflicts);
}
