using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>Who may change licenses (Keygen's LicensePolicy: an environment's token as an admin within it); who may see them is <see cref="Common.Visibility.License"/>.</summary>
internal static class LicenseAccess
{
    public static bool CanCreate(Principal caller, Policy? policy, User? owner) => caller.Bearer switch
    {
        _ when caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) => true,
        Product product => policy?.Product == product,
        // Keygen asks only that the policy is not protected: a missing one is left to validation (422).
        User user => owner == user && policy?.Protected != true,
        _ => false,
    };

    /// <summary>Update, suspend and reinstate: staff who sell or support, and the license's product.</summary>
    public static bool CanManage(Principal caller, License license) =>
        caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.SupportAgent, Role.Environment) || caller.Bearer == license.Product;

    /// <summary>Delete, revoke and renew: also the owner, unless the license's policy is protected.</summary>
    public static bool CanDestroy(Principal caller, License license) =>
        caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) ||
        caller.Bearer == license.Product ||
        (caller.Bearer is User user && license.Owner == user && !license.Policy.Protected);

    /// <summary>Check-out: also the license itself, and its users while it is unprotected.</summary>
    public static bool CanCheckOut(Principal caller, License license) =>
        CanManage(caller, license) || caller.Bearer == license || (caller.Bearer is User user && license.HasUser(user) && !license.Protected);

    /// <summary>Check-in: also the license itself, and its owner while it is unprotected.</summary>
    public static bool CanCheckIn(Principal caller, License license) =>
        CanManage(caller, license) || caller.Bearer == license || (caller.Bearer is User user && license.Owner == user && !license.Protected);

    public static bool CanValidate(Principal caller, License license) =>
        caller.SeesAll || caller.Bearer == license.Product || caller.Bearer == license ||
        (caller.Bearer is User user && license.HasUser(user));
}
