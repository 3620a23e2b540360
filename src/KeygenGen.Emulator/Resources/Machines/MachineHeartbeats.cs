using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Heartbeats;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>
/// <c>POST /machines/{id}/actions/ping</c> and <c>…/reset</c> (and their older names <c>ping-heartbeat</c> and
/// <c>reset-heartbeat</c>): start or keep up a machine's heartbeat, or forget it.
/// </summary>
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
        Access.Require(request, MachineAccess.CanPing(request.Caller, machine));
        return HeartbeatRules.Ping(request, machine, "machine");
    }

    /// <summary>Forgets the last heartbeat: a machine whose policy requires heartbeats is then NOT_STARTED (or DEAD once its first window is over).</summary>
    private static ApiResult Reset(ApiRequest request)
    {
        var machine = MachineModule.Find(request);
        Access.Require(request, MachineAccess.CanResetHeartbeat(request.Caller, machine));
        machine.LastHeartbeat = null;
        machine.Updated = request.Now;
        Broadcast.Publish(request, "machine.heartbeat.reset", machine);
        return Listing.One(request, machine);
    }
}
