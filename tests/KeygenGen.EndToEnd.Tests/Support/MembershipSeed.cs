using System;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>
/// Seeding for the tests of what licenses, machines and users are related to: fresh groups and entitlements with unique
/// names and codes, machines with their components and processes, and a client signed in as a user. Each call makes new
/// resources, so tests sharing an emulator never collide.
/// </summary>
internal static class MembershipSeed
{
    /// <summary>A group named uniquely; <paramref name="configure"/> sets its limits.</summary>
    public static Task<Group> GroupAsync(this KeygenClient keygen, Action<CreateGroupRequest>? configure = null)
    {
        var request = new CreateGroupRequest { Name = $"Team {Guid.NewGuid():N}" };
        configure?.Invoke(request);
        return keygen.Groups.CreateAsync(request);
    }

    /// <summary>An entitlement named <paramref name="name"/>, with a unique code made from it (<c>Via policy</c> → <c>VIA_POLICY_…</c>).</summary>
    public static Task<Entitlement> EntitlementAsync(this KeygenClient keygen, string name = "FEATURE") =>
        keygen.Entitlements.CreateAsync(new CreateEntitlementRequest { Name = name, Code = $"{name.ToUpperInvariant().Replace(' ', '_')}_{Guid.NewGuid():N}" });

    /// <summary>A machine activated on a fresh license (set up by <paramref name="policy"/>).</summary>
    public static async Task<Machine> MachineAsync(this KeygenClient keygen, Action<CreatePolicyRequest>? policy = null)
    {
        var license = await keygen.LicenseAsync(policy);
        return await keygen.ActivateAsync(license.Id, $"fp-{Guid.NewGuid():N}");
    }

    /// <summary>A view of <paramref name="keygen"/> authenticated as <paramref name="user"/>, with a token the admin generated for them.</summary>
    public static async Task<KeygenClient> SignedInAsync(this KeygenClient keygen, User user)
    {
        var token = await keygen.Users.GenerateTokenAsync(user.Id);
        return keygen.WithAuth(KeygenAuth.Bearer(token.Token!));
    }

    public static Task<MachineComponent> ComponentAsync(this KeygenClient keygen, string machineId, string fingerprint, string name) =>
        keygen.Components.CreateAsync(new CreateComponentRequest { MachineId = machineId, Fingerprint = fingerprint, Name = name });

    public static Task<MachineProcess> ProcessAsync(this KeygenClient keygen, string machineId, string pid) =>
        keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machineId, Pid = pid });
}
