using System;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>
/// Seeding for the group, entitlement and machine-part tests: fresh groups and entitlements with unique names and
/// codes, a machine of a fresh license, and a client signed in as a user. Each call makes new resources.
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

    /// <summary>An entitlement with a unique code that starts with <paramref name="prefix"/>.</summary>
    public static Task<Entitlement> EntitlementAsync(this KeygenClient keygen, string prefix = "FEATURE") =>
        keygen.Entitlements.CreateAsync(new CreateEntitlementRequest { Name = prefix, Code = $"{prefix}_{Guid.NewGuid():N}" });

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
}
