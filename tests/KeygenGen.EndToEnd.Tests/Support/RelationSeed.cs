using System;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>
/// Creates, as the admin, the resources that licenses, machines and policies are related to: groups, entitlements,
/// machine components and processes. Names and codes are unique, so tests sharing an emulator never collide.
/// </summary>
internal static class RelationSeed
{
    public static Task<Group> GroupAsync(this KeygenClient keygen, Action<CreateGroupRequest>? configure = null)
    {
        var request = new CreateGroupRequest { Name = $"group-{Guid.NewGuid():N}" };
        configure?.Invoke(request);
        return keygen.Groups.CreateAsync(request);
    }

    public static Task<Entitlement> EntitlementAsync(this KeygenClient keygen, string name = "Feature") =>
        keygen.Entitlements.CreateAsync(new CreateEntitlementRequest { Name = name, Code = $"FEATURE_{Guid.NewGuid():N}" });

    public static Task<MachineComponent> ComponentAsync(this KeygenClient keygen, string machineId, string fingerprint, string name) =>
        keygen.Components.CreateAsync(new CreateComponentRequest { MachineId = machineId, Fingerprint = fingerprint, Name = name });

    public static Task<MachineProcess> ProcessAsync(this KeygenClient keygen, string machineId, string pid) =>
        keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machineId, Pid = pid });
}
