using System;
using System.Collections.Generic;
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
    private static readonly MachineParts<MachineProcess> Parts = new("processes", "machine process");

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<MachineProcess>(ProcessRenderer.Render);
        routes.Get("/processes", Index);
        routes.Post("/processes", Create);
        routes.Get("/processes/{id}", Show);
        routes.Update("/processes/{id}", Update);
        routes.Delete("/processes/{id}", Destroy);
        routes.Post("/processes/{id}/actions/ping", Ping);
        Parts.RegisterRelated(routes, (request, machine) => ByStatus(machine.Processes, request));
    }

    private static MachineProcess Find(ApiRequest request) => Parts.Find(request);

    private static ApiResult Index(ApiRequest request) => Listing.Of(request, ByStatus(Parts.Visible(request), request));

    /// <summary>Keygen's <c>status</c> filter (ALIVE or DEAD), on <c>/processes</c> and on a machine's processes.</summary>
    private static IEnumerable<MachineProcess> ByStatus(IEnumerable<MachineProcess> rows, ApiRequest request) =>
        rows.Filter(request, "status", (p, v) => p.Status(request.Now) == v.ToUpperInvariant());

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ProcessSchemas.Create)).Child("data");
        var machine = Parts.MachineFor(request, data, "machine_process");
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
        // Keygen authorizes an update before it reads the body.
        Access.RequireToChange(request, process, MachineAccess.CanUpdateParts(request.Caller, process.Machine));
        var attributes = Fields.Of(request.Params(ProcessSchemas.Update)).Child("data").Child("attributes");
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
        Access.RequireToChange(request, process, MachineAccess.CanChangeParts(request.Caller, process.Machine));
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
