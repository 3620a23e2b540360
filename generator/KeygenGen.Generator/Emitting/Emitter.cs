using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>The emitting layer's entry: a bound <see cref="ApiSpec"/> in, C# files out. Sees no JSON and no Roslyn input.</summary>
internal static class Emitter
{
    public static IReadOnlyList<GeneratedSource> Emit(ApiSpec spec, CancellationToken cancellationToken)
    {
        var resources = spec.Resources.ToDictionary(r => r.Name, System.StringComparer.Ordinal);
        var objects = spec.Objects.ToDictionary(o => o.Name, System.StringComparer.Ordinal);
        var compiled = new HashSet<string>(spec.ReferenceDeclarations, System.StringComparer.Ordinal);
        var existingGroups = new HashSet<string>(spec.ReferenceGroups, System.StringComparer.Ordinal);
        var sources = new List<GeneratedSource>();

        foreach (var @enum in spec.Enums.Where(e => !compiled.Contains(e.Name)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sources.Add(EnumEmitter.Emit(@enum));
        }

        foreach (var @object in spec.Objects.Where(o => !compiled.Contains(o.Name)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sources.Add(ObjectEmitter.Emit(@object));
        }

        foreach (var resource in spec.Resources.Where(r => !compiled.Contains(r.Name)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sources.Add(ResourceEmitter.Emit(resource, resources));
        }

        foreach (var union in spec.Unions.Where(u => !compiled.Contains(u.Name)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sources.Add(UnionEmitter.Emit(union));
        }

        foreach (var (target, owners) in InlineItems.Owners(spec.Resources))
        {
            // A reference resource's inline items are compiled into the SDK already.
            if (!owners.Any(compiled.Contains))
            {
                cancellationToken.ThrowIfCancellationRequested();
                sources.Add(RequestEmitter.EmitInlineItem(resources[target], owners, resources));
            }
        }

        foreach (var operation in spec.Operations.Where(RequestEmitter.HasRequest))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sources.Add(RequestEmitter.Emit(operation, resources));
        }

        var groups = spec.Operations
            .GroupBy(o => o.Group, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .ToList();
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sources.Add(existingGroups.Contains(group.Key)
                ? ClientEmitter.EmitExtensions(group.Key, group.ToList(), resources, objects)
                : ClientEmitter.Emit(group.Key, group.ToList(), resources, objects, spec.ExtendsSdk));
        }

        var newGroups = groups.Select(g => g.Key).Where(g => !existingGroups.Contains(g)).ToList();
        if (newGroups.Count > 0)
        {
            sources.Add(spec.ExtendsSdk ? ClientEmitter.EmitEntryPointExtensions(newGroups) : ClientEmitter.EmitEntryPoints(newGroups));
        }

        return sources;
    }
}
