using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>The writable license attributes (the key is set only on create).</summary>
internal static class LicenseAttributes
{
    public static readonly AttributeSetters<License> Setters = new()
    {
        ["name"] = (l, f, n) => l.Name = f.String(n),
        ["expiry"] = (l, f, n) => l.Expiry = f.Time(n),
        ["protected"] = (l, f, n) => l.ProtectedOverride = f.Bool(n),
        ["suspended"] = (l, f, n) => l.Suspended = f.Bool(n) == true,
        ["metadata"] = (l, f, n) => l.Metadata = f.Object(n)!,
        ["maxMachines"] = (l, f, n) => l.MaxMachinesOverride = f.Int(n),
        ["maxCores"] = (l, f, n) => l.MaxCoresOverride = f.Int(n),
        ["maxMemory"] = (l, f, n) => l.MaxMemoryOverride = f.Long(n),
        ["maxDisk"] = (l, f, n) => l.MaxDiskOverride = f.Long(n),
        ["maxUses"] = (l, f, n) => l.MaxUsesOverride = f.Int(n),
        ["maxProcesses"] = (l, f, n) => l.MaxProcessesOverride = f.Int(n),
        ["maxUsers"] = (l, f, n) => l.MaxUsersOverride = f.Int(n),
    };
}
