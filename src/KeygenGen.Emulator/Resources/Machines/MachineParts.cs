using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>
/// What processes and components share as parts of a machine: who sees them (whoever sees the machine), their
/// list filters, their relationship routes, and finding the machine a new one is created on.
/// </summary>
internal sealed class MachineParts<T>
    where T : Entity, IMachinePart
{
    private readonly string _collection;
    private readonly string _model;

    /// <param name="collection">The path segment, e.g. <c>processes</c>.</param>
    /// <param name="model">The singular name used in errors, e.g. <c>machine process</c> (Keygen names the model).</param>
    public MachineParts(string collection, string model)
    {
        _collection = collection;
        _model = model;
    }

    /// <summary><c>/{collection}/{id}/product|license|machine</c> and <c>/machines/{machine_id}/{collection}[/{id}]</c>.</summary>
    public void RegisterRelated(RouteTable routes, Func<ApiRequest, Machine, IEnumerable<T>> ofMachine)
    {
        var parent = $"/{_collection}/{{part_id}}";
        Related.One(routes, parent + "/product", r => Find(r, "part_id"), p => p.Product);
        Related.One(routes, parent + "/license", r => Find(r, "part_id"), p => p.License);
        Related.One(routes, parent + "/machine", r => Find(r, "part_id"), p => p.Machine);
        Related.Many(routes, $"/machines/{{machine_id}}/{_collection}", r => MachineModule.Find(r, "machine_id"), ofMachine, _model);
    }

    public T Find(ApiRequest request, string routeValue = "id") =>
        Lookup.Find<T>(request, _model, p => Visibility.Machine(request.Caller, p.Machine), routeValue);

    /// <summary>The parts the caller sees, with Keygen's <c>product</c>, <c>machine</c>, <c>license</c>, <c>owner</c> and <c>user</c> filters.</summary>
    public IEnumerable<T> Visible(ApiRequest request) => request.Account.Table<T>().All
        .Where(p => Visibility.Machine(request.Caller, p.Machine))
        .Filter(request, "product", (p, v) => QueryFilters.SameId(p.Product.Id, v))
        .Filter(request, "machine", (p, v) => QueryFilters.SameId(p.Machine.Id, v))
        .Filter(request, "license", (p, v) => QueryFilters.SameId(p.License.Id, v))
        .Filter(request, "owner", (p, v) => p.Machine.Owner is { } owner && QueryFilters.SameId(owner.Id, v))
        .Filter(request, "user", (p, v) => p.License.Owner is { } owner && (QueryFilters.SameId(owner.Id, v) || owner.Email == v));

    /// <summary>The machine named by <c>relationships.machine</c> of a create, once the caller may add parts to it; a missing one is MACHINE_NOT_FOUND.</summary>
    public Machine MachineFor(ApiRequest request, Fields data, string modelName)
    {
        var found = request.Account.Table<Machine>().Find(data.LinkageId("machine")!.Value);
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) || (found is not null && MachineAccess.CanChangeParts(request.Caller, found)));
        return found ?? throw ValidationErrors.MissingRelationship(_collection, modelName, "machine");
    }
}
