using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Planning;

// Must stay immutable and structurally equatable (see FilePlan).

/// <summary>
/// Everything one build generates, one plan per file, built once from the <see cref="Model.ApiSpec"/> by
/// <see cref="Planner"/>. The emitters write these plans out; the docs tool reads the same ones.
/// </summary>
internal sealed record ApiPlan
{
    public required ImmutableEquatableArray<EnumPlan> Enums { get; init; }

    public required ImmutableEquatableArray<ObjectPlan> Objects { get; init; }

    public required ImmutableEquatableArray<ResourcePlan> Resources { get; init; }

    public required ImmutableEquatableArray<UnionPlan> Unions { get; init; }

    /// <summary>Inline item classes first (by target), then the operations' request classes (by operation id).</summary>
    public required ImmutableEquatableArray<RequestPlan> Requests { get; init; }

    /// <summary>One per group, by group name.</summary>
    public required ImmutableEquatableArray<ClientPlan> Clients { get; init; }

    /// <summary>Null when the build adds no group.</summary>
    public required EntryPointsPlan? EntryPoints { get; init; }

    /// <summary>Null when the build adds no event.</summary>
    public required EventsPlan? Events { get; init; }

    /// <summary>
    /// The names this plan would declare that collide (<see cref="NameCheck"/>); each is a KGEN error, reported beside the
    /// files at the user's token.
    /// </summary>
    public ImmutableEquatableArray<Diagnostics.NameConflict> NameConflicts { get; init; } = ImmutableEquatableArray<Diagnostics.NameConflict>.Empty;

    /// <summary>
    /// Every file, in emission order. Of two whose hint names differ only in case (a <see cref="NameConflicts"/> entry),
    /// only the first: the compiler refuses the second (CS8785) and would generate nothing at all.
    /// </summary>
    public ImmutableEquatableArray<FilePlan> Files
    {
        get
        {
            IEnumerable<FilePlan> files = Enums;
            files = files.Concat(Objects).Concat(Resources).Concat(Unions).Concat(Requests).Concat(Clients);
            files = EntryPoints is null ? files : files.Append(EntryPoints);
            files = Events is null ? files : files.Append(Events);
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return files.Where(f => hintNames.Add(f.HintName)).ToImmutableEquatableArray();
        }
    }

    /// <summary>The method of an operation, or null when the plan has none (it is not in this build).</summary>
    public MethodPlan? Method(string operationId)
        => Clients.SelectMany(c => c.Methods).FirstOrDefault(m => m.OperationId == operationId);

    /// <summary>A request class by name, or null when this build does not generate it.</summary>
    public RequestPlan? Request(string name) => Requests.FirstOrDefault(r => r.Name == name);
}
