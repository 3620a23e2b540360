using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>Who may activate, change and deactivate machines (Keygen's MachinePolicy).</summary>
internal static class MachineAccess
{
    /// <summary>Activate and deactivate: staff who sell, the environment, the product, the license itself, and its owner unless it is protected.</summary>
    public static bool CanActivate(Principal caller, License license) => caller.Bearer switch
    {
        _ when caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) => true,
        Product product => license.Product == product,
        License self => self == license,
        User user => license.Owner == user && !license.Protected,
        _ => false,
    };

    /// <summary>Activation also lets a user activate a machine they will own themselves on an unprotected license.</summary>
    public static bool CanCreate(Principal caller, License license, Guid? ownerId) =>
        CanActivate(caller, license) || (caller.Bearer is User user && ownerId == user.Id && !license.Protected);

    /// <summary>Pinging a machine or its processes: not sales or support agents; owners only while the license is unprotected.</summary>
    public static bool CanPing(Principal caller, Machine machine) => caller.Bearer switch
    {
        _ when caller.IsAdmin => true,
        Product product => machine.Product == product,
        License license => machine.License == license,
        User user => (machine.Owner == user || machine.License.Owner == user) && !machine.License.Protected,
        _ => false,
    };

    /// <summary>Creating and deleting a machine's processes and components: who may ping it, sales agents and environments.</summary>
    public static bool CanChangeParts(Principal caller, Machine machine) => caller.Is(Role.SalesAgent, Role.Environment) || CanPing(caller, machine);

    /// <summary>License and machine file check-outs: who may ping the machine, and the staff who sell or support.</summary>
    public static bool CanCheckOut(Principal caller, Machine machine) => caller.Is(Role.SalesAgent, Role.SupportAgent) || CanPing(caller, machine);

    public static bool CanUpdate(Principal caller, Machine machine) =>
        caller.Is(Role.SupportAgent) || CanActivate(caller, machine.License);
}
