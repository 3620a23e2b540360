using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>The writable machine attributes (the fingerprint is set only on activation).</summary>
internal static class MachineAttributes
{
    public static readonly AttributeSetters<Machine> Setters = new()
    {
        ["name"] = (m, f, n) => m.Name = f.String(n),
        ["ip"] = (m, f, n) => m.Ip = f.String(n),
        ["hostname"] = (m, f, n) => m.Hostname = f.String(n),
        ["platform"] = (m, f, n) => m.Platform = f.String(n),
        ["cores"] = (m, f, n) => m.Cores = f.Int(n),
        ["memory"] = (m, f, n) => m.Memory = f.Long(n),
        ["disk"] = (m, f, n) => m.Disk = f.Long(n),
        ["metadata"] = (m, f, n) => m.Metadata = f.Object(n)!,
    };
}
