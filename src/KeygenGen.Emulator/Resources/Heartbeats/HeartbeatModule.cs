using System.Linq;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Heartbeats;

/// <summary>Keygen's culling of dead machines and processes (background jobs there), done before each request here.</summary>
internal sealed class HeartbeatModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers) => routes.BeforeEach(Sweep);

    private static void Sweep(ApiRequest request)
    {
        var account = request.Account;
        foreach (var machine in account.Table<Machine>().All.ToList())
        {
            HeartbeatRules.Cull(request, machine, "machine", () => Deletions.Machine(account, machine));
        }

        foreach (var process in account.Table<MachineProcess>().All.ToList())
        {
            HeartbeatRules.Cull(request, process, "process", () => Deletions.Process(account, process));
        }
    }
}
