using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>Machine heartbeats: ping (reviving a dead machine only as the policy allows) and reset, each with Keygen's older alias.</summary>
internal static class MachineHeartbeats
{
    public static void Register(RouteTable routes)
    {
        routes.Post("/machines/{id}/actions/ping", Ping);
        routes.Post("/machines/{id}/actions/ping-heartbeat", Ping);
        routes.Post("/machines/{id}/actions/reset", Reset);
        routes.Post("/machines/{id}/actions/reset-heartbeat", Reset);
    }

    private static ApiResult Ping(ApiRequest request)
    {
        var machine = MachineModule.Find(request);
        Access.Require(request, MachineAccess.CanOperate(request.Caller, machine));
        var eventName = HeartbeatPings.Ping(machine, request.Now, "machine", "MACHINE_HEARTBEAT_DEAD");
        return Changed(request, machine, eventName);
    }

    private static ApiResult Reset(ApiRequest request)
    {
        var machine = MachineModule.Find(request);
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.SupportAgent) || request.Caller.Bearer == machine.Product);
        machine.LastHeartbeat = null;
        machine.Resurrected = false;
        return Changed(request, machine, "machine.heartbeat.reset");
    }

    private static ApiResult Changed(ApiRequest request, Machine machine, string eventName)
    {
        machine.Updated = request.Now;
        Broadcast.Publish(request, eventName, machine);
        return Listing.One(request, machine);
    }
}
