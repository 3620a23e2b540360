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

    /// <summary>Every file, in emission order.</summary>
    public ImmutableEquatableArray<FilePlan> Files
    {
        get
        {
            IEnumerable<FilePlan> files = Enums;
            files = files.Concat(Objects).Concat(Resources).Concat(Unions).Concat(Requests).Concat(Clients);
            return (EntryPoints is null ? files : files.Append(EntryPoints)).ToImmutableEquatableArray();
        }
    }

    /// <summary>The method of an operation, or null when the plan has none (it is not in this build).</summary>
    public MethodPlan? Method(string operationId)
        => Clients.SelectMany(c => c.Methods).FirstOrDefault(m => m.OperationId == operationId);

    /// <summary>A request class by name, or null when this build does not generate it.</summary>
    public RequestPlan? Request(string name) => Requests.FirstOrDefault(r => r.Name == name);
}
