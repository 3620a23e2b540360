using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Which resources inline relationships create, and what their item classes (<c>New{Target}</c>) carry: the one
/// place the emitter and the docs tool learn it.
/// </summary>
internal static class InlineItems
{
    /// <summary>Each resource that some relationship creates inline, with the resources that do, in name order.</summary>
    public static List<(string Target, List<string> Owners)> Owners(IEnumerable<ResourceSpec> resources)
        => resources
            .SelectMany(owner => owner.Relationships.Where(r => r.Inline).Select(r => (Target: r.Targets[0], Owner: owner.Name)))
            .GroupBy(pair => pair.Target, System.StringComparer.Ordinal)
            .OrderBy(group => group.Key, System.StringComparer.Ordinal)
            .Select(group => (group.Key, group.Select(pair => pair.Owner).Distinct(System.StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>
    /// Whether an item carries a to-one relationship of its target: not when it points only at resources that create
    /// the target inline (Keygen links those to the new owner itself, e.g. a new machine's components to it).
    /// </summary>
    public static bool Carries(RelationshipSpec toOne, IReadOnlyCollection<string> owners) => !toOne.Targets.All(owners.Contains);
}
