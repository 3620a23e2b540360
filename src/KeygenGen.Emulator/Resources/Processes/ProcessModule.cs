using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Heartbeats;
using Keygen.Emulator.Resources.Machines;

namespace Keygen.Emulator.Resources.Processes;

/// <summary>
/// <c>/processes</c>: processes started on a machine (within the license's <c>maxProcesses</c>), kept alive by
/// pings within the machine's heartbeat window, plus their product/license/machine and a machine's processes.
/// </summary>
internal sealed class ProcessModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<MachineProcess>(ProcessRenderer.Render);
        routes.Get("/processes", Index);
        routes.Post("/processes", Create);
        routes.Get("/processes/{id}", Show);
        routes.Update("/processes/{id}", Update);
        routes.Delete("/processes/{id}", Destroy);
        routes.Post("/processes/{id}/actions/ping", Ping);
        Related.One(routes, "/processes/{process_id}/product", FindParent, p => p.Product);
        Related.One(routes, "/processes/{process_id}/license", FindParent, p => p.License);
        Related.One(routes, "/processes/{process_id}/machine", FindParent, p => p.Machine);
        Related.Many(routes, "/machines/{machine_id}/processes", r => MachineModule.Find(r, "machine_id"), m => m.Processes, "process");
    }

    private static MachineProcess Find(ApiRequest request, string routeValue = "id") =>
        Lookup.Find<MachineProcess>(request, "process", p => Visibility.Machine(request.Caller, p.Machine), routeValue);

    private static MachineProcess FindParent(ApiRequest request) => Find(request, "process_id");

    private static ApiResult Index(ApiRequest request)
    {
        var now = request.Now;
        var rows = request.Account.Table<MachineProcess>().All
            .Where(p => Visibility.Machine(request.Caller, p.Machine))
            .Filter(request, "product", (p, v) => QueryFilters.SameId(p.Product.Id, v))
            .Filter(request, "machine", (p, v) => QueryFilters.SameId(p.Machine.Id, v))
            .Filter(request, "license", (p, v) => QueryFilters.SameId(p.License.Id, v))
            .Filter(request, "owner", (p, v) => p.Machine.Owner is { } owner && QueryFilters.SameId(owner.Id, v))
            .Filter(request, "user", (p, v) => p.License.Owner is { } owner && (QueryFilters.SameId(owner.Id, v) || owner.Email == v))
            .Filter(request, "status", (p, v) => p.Status(now) == v.ToUpperInvariant());
        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ProcessSchemas.Create)).Child("data");
        var found = request.Account.Table<Machine>().Find(data.LinkageId("machine")!.Value);
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent) || (found is not null && MachineAccess.CanChangeParts(request.Caller, found)));
        var machine = found ?? throw ValidationErrors.MissingRelationship("processes", "machine_process", "machine");
        var id = data.String("id") is { } given ? Guid.Parse(given) : Guid.NewGuid();
        var attributes = data.Child("attributes");
        var process = new MachineProcess(id, request.Now, machine, attributes.String("pid")!) { Metadata = attributes.Object("metadata") ?? new() };

        ProcessRules.ValidateNew(request.Account, process);
        request.Account.Table<MachineProcess>().Add(process);
        machine.Processes.Add(process);
        Broadcast.Publish(request, "process.created", process);
        return Listing.Created(request, process, "processes");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var process = Find(request);
        var attributes = Fields.Of(request.Params(ProcessSchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, request.Caller.Is(Role.SupportAgent) || MachineAccess.CanChangeParts(request.Caller, process.Machine));
        if (attributes.Object("metadata") is { } metadata)
        {
            process.Metadata = metadata;
        }

        process.Updated = request.Now;
        Broadcast.Publish(request, "process.updated", process);
        return Listing.One(request, process);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var process = Find(request);
        Access.Require(request, MachineAccess.CanChangeParts(request.Caller, process.Machine));
        Broadcast.Publish(request, "process.deleted", process);
        Deletions.Process(request.Account, process);
        return ApiResult.NoContent();
    }

    private static ApiResult Ping(ApiRequest request)
    {
        var process = Find(request);
        Access.Require(request, MachineAccess.CanPing(request.Caller, process.Machine));
        return HeartbeatRules.Ping(request, process, "process");
    }
}
