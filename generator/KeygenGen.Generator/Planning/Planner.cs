using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

/// <summary>
/// The planning layer's entry: a bound <see cref="ApiSpec"/> in, an <see cref="ApiPlan"/> out, with every decision about
/// the generated code made, including what a consumer's build that extends the SDK emits at all.
/// </summary>
internal static class Planner
{
    public static ApiPlan Plan(ApiSpec spec, CancellationToken cancellationToken)
    {
        var resources = spec.Resources.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var objects = spec.Objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        // In a consumer's build, the SDK's own declarations are only there to bind against: they are compiled already.
        var compiled = new HashSet<string>(spec.ReferenceDeclarations, StringComparer.Ordinal);
        var existingGroups = new HashSet<string>(spec.ReferenceGroups, StringComparer.Ordinal);

        var requests = new List<RequestPlan>(RequestPlanner.InlineItems(spec.Resources, resources, compiled.Contains));
        var requestsByOperation = new Dictionary<string, RequestPlan>(StringComparer.Ordinal);
        foreach (var operation in spec.Operations.Where(RequestPlanner.HasRequest))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = RequestPlanner.Request(operation, resources);
            requests.Add(request);
            requestsByOperation.Add(operation.Id, request);
        }

        var clients = new List<ClientPlan>();
        foreach (var group in spec.Operations.GroupBy(o => o.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var extends = existingGroups.Contains(group.Key);
            var className = extends ? CSharpNames.ClientExtensionsClass(group.Key) : CSharpNames.ClientClass(group.Key);
            clients.Add(new ClientPlan
            {
                HintName = CSharpNames.ClientHintName(className),
                Group = group.Key,
                ClassName = className,
                ClientClass = CSharpNames.ClientClass(group.Key),
                Kind = extends ? ClientKind.Extensions : ClientKind.Class,
                Methods = group
                    .Select(op => MethodPlanner.Method(op, requestsByOperation.TryGetValue(op.Id, out var request) ? request : null, resources, objects))
                    .ToImmutableEquatableArray(),
            });
        }

        return new ApiPlan
        {
            Enums = spec.Enums.Where(e => !compiled.Contains(e.Name)).Select(DeclarationPlanner.Enum).ToImmutableEquatableArray(),
            Objects = spec.Objects.Where(o => !compiled.Contains(o.Name)).Select(DeclarationPlanner.Object).ToImmutableEquatableArray(),
            Resources = spec.Resources.Where(r => !compiled.Contains(r.Name)).Select(r => DeclarationPlanner.Resource(r, resources)).ToImmutableEquatableArray(),
            Unions = spec.Unions.Where(u => !compiled.Contains(u.Name)).Select(DeclarationPlanner.Union).ToImmutableEquatableArray(),
            Requests = requests.ToImmutableEquatableArray(),
            Clients = clients.ToImmutableEquatableArray(),
            EntryPoints = EntryPoints(clients.Where(c => c.Kind == ClientKind.Class).Select(c => c.Group).ToList(), spec.ExtendsSdk),
        };
    }

    /// <param name="newGroups">The groups whose client class this build generates.</param>
    /// <param name="extendsSdk">A consumer's build: <c>KeygenClient</c> is compiled, so new groups are reached by extension methods.</param>
    private static EntryPointsPlan? EntryPoints(IReadOnlyList<string> newGroups, bool extendsSdk)
    {
        if (newGroups.Count == 0)
        {
            return null;
        }

        return new EntryPointsPlan
        {
            HintName = extendsSdk ? CSharpNames.EntryPointExtensionsHintName : CSharpNames.EntryPointsHintName,
            Kind = extendsSdk ? EntryPointKind.Extensions : EntryPointKind.Properties,
            Groups = newGroups
                .Select(group => new GroupEntryPlan { Group = group, ClientClass = CSharpNames.ClientClass(group), Field = CSharpNames.GroupField(group) })
                .ToImmutableEquatableArray(),
        };
    }
}
