using System.Collections.Generic;

namespace Keygen.Emulator.Resources.Checkouts;

/// <summary>
/// What differs between a license file and a machine file: the resource type and armour, the prefix the signature
/// covers, the include paths Keygen allows (and the legacy one it renames), and who the errors name.
/// </summary>
internal sealed record CheckoutKind(
    string FileType,
    string Armour,
    string SignedPrefix,
    string Topic,
    string Model,
    IReadOnlySet<string> Includes,
    (string Legacy, string Current) RenamedInclude)
{
    /// <summary>Keygen's <c>LicenseCheckoutService::ALLOWED_INCLUDES</c>.</summary>
    public static readonly CheckoutKind License = new(
        "license-files",
        "LICENSE",
        "license",
        "licenses",
        "license_file",
        new HashSet<string> { "entitlements", "environment", "product", "policy", "group", "owner", "users" },
        ("user", "owner"));

    /// <summary>Keygen's <c>MachineCheckoutService::ALLOWED_INCLUDES</c>.</summary>
    public static readonly CheckoutKind Machine = new(
        "machine-files",
        "MACHINE",
        "machine",
        "machines",
        "machine_file",
        new HashSet<string>
        {
            "license.entitlements", "license.product", "license.policy", "license.owner", "license.users", "license",
            "components", "environment", "group", "owner",
        },
        ("license.user", "license.owner"));
}
