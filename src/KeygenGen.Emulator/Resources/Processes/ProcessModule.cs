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
using Keygen.Emulator.Resources.Machines;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Processes;

/// <summary><c>/processes</c>: spawning a process on a machine (within the process limit), reading, listing, killing, and its heartbeat.</summary>
internal sealed class ProcessModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<MachineProcess>(ProcessRenderer.Render);
        routes.Get("/processes", Index);
        routes.Post("/processes", Create);
        routes.Get("/processes/{id}", Show);
        routes.Delete("/processes/{id}", Destroy);
        routes.Post("/processes/{id}/actions/ping", Ping);
    }

    private static MachineProcess Find(ApiRequest request) =>
        Lookup.Find<MachineProcess>(request, "process", p => Visibility.Machine(request.Caller, p.Machine));

    private static ApiResult Index(ApiRequest request)
    {
        var now = request.Now;
        var rows = request.Account.Table<MachineProcess>().All
            .Where(p => Visibility.Machine(request.Caller, p.Machine))
            .Filter(request, "machine", (p, v) => QueryFilters.SameId(p.Machine.Id, v) || p.Machine.Fingerprint == v)
            .Filter(request, "license", (p, v) => QueryFilters.SameId(p.License.Id, v) || p.License.Key == v)
            .Filter(request, "product", (p, v) => QueryFilters.SameId(p.Product.Id, v))
            .Filter(request, "status", (p, v) => p.Status(now) == v.ToUpperInvariant())
            .FilterMetadata(request, p => p.Metadata);
        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ProcessSchemas.Create)).Child("data");
        var machine = request.Account.Table<Machine>().Find(data.LinkageId("machine")!.Value);
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent) || (machine is not null && MachineAccess.CanOperate(request.Caller, machine)));
        if (machine is null)
        {
            throw ValidationErrors.MissingRelationship("processes", "machine_process", "machine");
        }

        var attributes = data.Child("attributes");
        var process = new MachineProcess(Guid.NewGuid(), request.Now, machine, attributes.String("pid")!) { Metadata = attributes.Object("metadata") ?? new() };
        ProcessRules.ValidateNew(process, request.Now);
        request.Account.Table<MachineProcess>().Add(process);
        machine.Processes.Add(process);
        Broadcast.Publish(request, "process.created", process);
        return Listing.Created(request, process, "processes");
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var process = Find(request);
        Access.Require(request, MachineAccess.CanOperate(request.Caller, process.Machine));
        Broadcast.Publish(request, "process.deleted", process);
        Deletions.Process(request.Account, process);
        return ApiResult.NoContent();
    }

    private static ApiResult Ping(ApiRequest request)
    {
        var process = Find(request);
        Access.Require(request, MachineAccess.CanOperate(request.Caller, process.Machine));
        var eventName = HeartbeatPings.Ping(process, request.Now, "process", "PROCESS_HEARTBEAT_DEAD");
        process.Updated = request.Now;
        Broadcast.Publish(request, eventName, process);
        return Listing.One(request, process);
    }
}
