using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>
/// Who may act on machines and their parts (Keygen's MachinePolicy, Machines::HeartbeatPolicy,
/// Machines::V1x0::ProofPolicy, MachineProcessPolicy and MachineComponentPolicy). They share one shape: some staff
/// roles, the machine's product, the license itself, and a user who owns the machine or its license, but only while
/// the license is unprotected.
/// </summary>
internal static class MachineAccess
{
    private static readonly Role[] Sellers = [Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment];

    private static readonly Role[] Supporters = [Role.Admin, Role.Developer, Role.SalesAgent, Role.SupportAgent, Role.Environment];

    /// <summary>Activation: the owner named in the request counts as the machine's owner.</summary>
    public static bool CanCreate(Principal caller, License license, Guid? ownerId) =>
        Decide(caller, Sellers, license, user => ownerId == user.Id);

    public static bool CanUpdate(Principal caller, Machine machine) =>
        Decide(caller, Supporters, machine.License, OwnsMachine(machine), licenseOnlyUnprotected: true);

    public static bool CanDestroy(Principal caller, Machine machine) =>
        Decide(caller, Sellers, machine.License, OwnsMachine(machine));

    /// <summary>Check-out: also a user of any kind on the machine's license.</summary>
    public static bool CanCheckOut(Principal caller, Machine machine) =>
        Decide(caller, Supporters, machine.License, user => machine.Owner == user || machine.License.HasUser(user));

    /// <summary>Heartbeat pings of the machine and of its processes.</summary>
    public static bool CanPing(Principal caller, Machine machine) =>
        Decide(caller, [Role.Admin, Role.Developer, Role.Environment], machine.License, OwnsMachine(machine));

    public static bool CanResetHeartbeat(Principal caller, Machine machine) =>
        caller.Is(Sellers) || caller.Bearer == machine.Product;

    /// <summary>Offline proofs: only the license's owner among users.</summary>
    public static bool CanProve(Principal caller, Machine machine) =>
        Decide(caller, Sellers, machine.License, _ => false);

    /// <summary>Creating and deleting a machine's processes and components (updating them also lets support agents in).</summary>
    public static bool CanChangeParts(Principal caller, Machine machine) =>
        Decide(caller, Sellers, machine.License, OwnsMachine(machine));

    public static bool CanUpdateParts(Principal caller, Machine machine) =>
        caller.Is(Role.SupportAgent) || CanChangeParts(caller, machine);

    private static Func<User, bool> OwnsMachine(Machine machine) => user => machine.Owner == user;

    /// <summary>
    /// The staff in <paramref name="staff"/>; the license's product; the license itself (unless
    /// <paramref name="licenseOnlyUnprotected"/> and it is protected); the license's owner, or a user
    /// <paramref name="userMatches"/>, while the license is unprotected.
    /// </summary>
    private static bool Decide(Principal caller, Role[] staff, License license, Func<User, bool> userMatches, bool licenseOnlyUnprotected = false) => caller.Bearer switch
    {
        _ when caller.Is(staff) => true,
        Product product => license.Product == product,
        License self => self == license && !(licenseOnlyUnprotected && license.Protected),
        User { Role: Role.User } user => (license.Owner == user || userMatches(user)) && !license.Protected,
        _ => false,
    };
}
