using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Checkouts;

/// <summary>
/// What differs between a license file and a machine file: the resource type and armour, the prefix the signature
/// covers, the includes Keygen allows (and the legacy one it renames), and who the errors name.
/// </summary>
internal sealed record CheckoutKind(
    string FileType,
    string Armour,
    string SignedPrefix,
    string Topic,
    string Model,
    IReadOnlyDictionary<string, Func<Machine?, License, IEnumerable<object?>>> Includes,
    (string Legacy, string Current) RenamedInclude)
{
    public static readonly CheckoutKind License = new("license-files", "LICENSE", "license", "licenses", "license_file", new Dictionary<string, Func<Machine?, License, IEnumerable<object?>>>
    {
        // The emulator has no entitlements, environments or groups: those includes are accepted and add nothing.
        ["entitlements"] = (_, _) => [],
        ["environment"] = (_, _) => [],
        ["product"] = (_, license) => [license.Product],
        ["policy"] = (_, license) => [license.Policy],
        ["group"] = (_, _) => [],
        ["owner"] = (_, license) => [license.Owner],
        ["users"] = (_, license) => [license.Owner],
    }, ("user", "owner"));

    public static readonly CheckoutKind Machine = new("machine-files", "MACHINE", "machine", "machines", "machine_file", new Dictionary<string, Func<Machine?, License, IEnumerable<object?>>>
    {
        ["license"] = (_, license) => [license],
        ["license.entitlements"] = (_, _) => [],
        ["license.product"] = (_, license) => [license.Product],
        ["license.policy"] = (_, license) => [license.Policy],
        ["license.owner"] = (_, license) => [license.Owner],
        ["license.users"] = (_, license) => [license.Owner],
        ["components"] = (_, _) => [],
        ["environment"] = (_, _) => [],
        ["group"] = (_, _) => [],
        ["owner"] = (machine, _) => [machine!.Owner],
    }, ("license.user", "license.owner"));

    /// <summary>The resources <paramref name="includes"/> name, each once, in the order first named.</summary>
    public IEnumerable<object> Resolve(IEnumerable<string> includes, Machine? machine, License license) =>
        includes.SelectMany(name => Includes[name](machine, license)).OfType<object>().Distinct();
}
