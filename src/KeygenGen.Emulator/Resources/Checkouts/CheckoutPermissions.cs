using System.Collections.Generic;
using System.Linq;

namespace Keygen.Emulator.Resources.Checkouts;

/// <summary>
/// What reading a checked-out file takes beyond the check-out itself (Keygen's LicenseFilePolicy and MachineFilePolicy):
/// reading the license or machine, and each included resource.
/// </summary>
internal static class CheckoutPermissions
{
    private static readonly Dictionary<string, string> LicenseIncludes = new()
    {
        ["entitlements"] = "entitlement.read",
        ["environment"] = "environment.read",
        ["group"] = "group.read",
        ["owner"] = "user.read",
        ["users"] = "user.read",
        ["product"] = "product.read",
        ["policy"] = "policy.read",
    };

    private static readonly Dictionary<string, string> MachineIncludes = new()
    {
        ["license.entitlements"] = "entitlement.read",
        ["license.owner"] = "user.read",
        ["license.users"] = "user.read",
        ["license.product"] = "product.read",
        ["license.policy"] = "policy.read",
        ["environment"] = "environment.read",
        ["license"] = "license.read",
        ["owner"] = "user.read",
        ["components"] = "component.read",
        ["group"] = "group.read",
    };

    public static string[] For(CheckoutKind kind, IEnumerable<string> includes)
    {
        var (read, table) = kind == CheckoutKind.License ? ("license.read", LicenseIncludes) : ("machine.read", MachineIncludes);
        return [read, .. includes.Select(i => table.GetValueOrDefault(i)).OfType<string>()];
    }
}
