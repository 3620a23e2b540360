using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Keygen.Acceptance.Suite;
using KeygenGen.DocsTool;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace Keygen.Acceptance.Sdk;

/// <summary>
/// The generator's plan of the repository's schema: the same parser, binder and planner the source generator runs when it
/// writes the clients into the KeygenGen assembly (loaded through the docs tool's schema loader, as the docs are). Reading
/// the plan rather than reflecting over the generated types means the checks ask exactly what the emitted code was
/// decided from: an operation's path template, the request members and their wire names, each model's JSON names.
/// </summary>
internal sealed class SdkPlan
{
    private static readonly Lazy<SdkPlan> Loaded = new(Load);

    private readonly Dictionary<string, ResourcePlan> _resourcesByType;
    private readonly Dictionary<string, ResourceSpec> _resourceSpecsByType;
    private readonly Dictionary<string, ObjectPlan> _objects;
    private readonly Dictionary<string, RequestPlan> _requests;

    private SdkPlan(ApiSpec spec, ApiPlan plan)
    {
        Plan = plan;
        _resourcesByType = plan.Resources.ToDictionary(r => r.JsonApiType, StringComparer.Ordinal);
        _resourceSpecsByType = spec.Resources.ToDictionary(r => r.JsonApiType, StringComparer.Ordinal);
        _objects = plan.Objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        _requests = plan.Requests.ToDictionary(r => r.Name, StringComparer.Ordinal);
        Routes = plan.Clients
            .SelectMany(client => client.Methods.Select(method => new OperationRoute(client, method)))
            .ToList();
    }

    public static SdkPlan Shared => Loaded.Value;

    public ApiPlan Plan { get; }

    /// <summary>Every operation of the schema with its path template.</summary>
    public IReadOnlyList<OperationRoute> Routes { get; }

    /// <summary>The operation a request was for: the route its method and path match, the most literal one when several do.</summary>
    public OperationMatch? Match(string method, string path)
    {
        OperationMatch? best = null;
        foreach (var route in Routes)
        {
            if (route.Match(method, path) is { } match && (best is null || match.Route.LiteralSegments > best.Route.LiteralSegments))
            {
                best = match;
            }
        }

        return best;
    }

    public ResourcePlan? Resource(string jsonApiType) => _resourcesByType.GetValueOrDefault(jsonApiType);

    /// <summary>A resource's declared relationships, to-many ones too (the model keeps only to-one ids; to-many are links).</summary>
    public IEnumerable<string> DeclaredRelationships(string jsonApiType) =>
        _resourceSpecsByType.TryGetValue(jsonApiType, out var spec) ? spec.Relationships.Select(r => r.JsonName) : [];

    public ObjectPlan? Object(string name) => _objects.GetValueOrDefault(name);

    public RequestPlan? Request(string name) => _requests.GetValueOrDefault(name);

    private static SdkPlan Load()
    {
        var bound = SchemaLoader.Load(Repository.Root, CancellationToken.None);
        if (bound.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("The schema has diagnostics: " + string.Join("; ", bound.Diagnostics.Select(d => d.ToString())));
        }

        return new SdkPlan(bound.Spec, Planner.Plan(bound.Spec, CancellationToken.None));
    }
}
