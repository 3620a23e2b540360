using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Policies;

/// <summary>The writable policy attributes, including the names older API versions use.</summary>
internal static class PolicyAttributes
{
    public static readonly AttributeSetters<Policy> Setters = new()
    {
        ["name"] = (p, f, n) => p.Name = f.String(n),
        ["duration"] = (p, f, n) => p.Duration = f.Int(n),
        ["strict"] = (p, f, n) => p.Strict = f.Bool(n) == true,
        ["floating"] = (p, f, n) => p.Floating = f.Bool(n) == true,
        ["protected"] = (p, f, n) => p.Protected = f.Bool(n) == true,
        ["scheme"] = (p, f, n) => p.Scheme = f.String(n),
        ["encrypted"] = (p, f, n) => p.Encrypted = f.Bool(n) == true,
        ["usePool"] = (p, f, n) => p.UsePool = f.Bool(n) == true,
        ["maxMachines"] = (p, f, n) => p.MaxMachines = f.Int(n),
        ["maxProcesses"] = (p, f, n) => p.MaxProcesses = f.Int(n),
        ["maxUsers"] = (p, f, n) => p.MaxUsers = f.Int(n),
        ["maxCores"] = (p, f, n) => p.MaxCores = f.Int(n),
        ["maxMemory"] = (p, f, n) => p.MaxMemory = f.Long(n),
        ["maxDisk"] = (p, f, n) => p.MaxDisk = f.Long(n),
        ["maxUses"] = (p, f, n) => p.MaxUses = f.Int(n),
        ["machineUniquenessStrategy"] = (p, f, n) => p.MachineUniquenessStrategy = f.String(n)!,
        ["fingerprintUniquenessStrategy"] = (p, f, n) => p.MachineUniquenessStrategy = f.String(n)!,
        ["machineMatchingStrategy"] = (p, f, n) => p.MachineMatchingStrategy = f.String(n)!,
        ["fingerprintMatchingStrategy"] = (p, f, n) => p.MachineMatchingStrategy = f.String(n)!,
        ["componentUniquenessStrategy"] = (p, f, n) => p.ComponentUniquenessStrategy = f.String(n)!,
        ["componentMatchingStrategy"] = (p, f, n) => p.ComponentMatchingStrategy = f.String(n)!,
        ["expirationStrategy"] = (p, f, n) => p.ExpirationStrategy = f.String(n)!,
        ["expirationBasis"] = (p, f, n) => p.ExpirationBasis = f.String(n)!,
        ["renewalBasis"] = (p, f, n) => p.RenewalBasis = f.String(n)!,
        ["transferStrategy"] = (p, f, n) => p.TransferStrategy = f.String(n)!,
        ["authenticationStrategy"] = (p, f, n) => p.AuthenticationStrategy = f.String(n)!,
        ["machineLeasingStrategy"] = (p, f, n) => p.MachineLeasingStrategy = f.String(n)!,
        ["processLeasingStrategy"] = (p, f, n) => p.ProcessLeasingStrategy = f.String(n)!,
        ["leasingStrategy"] = (p, f, n) => p.ProcessLeasingStrategy = f.String(n)!,
        ["overageStrategy"] = (p, f, n) => p.OverageStrategy = f.String(n)!,
        ["requireProductScope"] = (p, f, n) => p.RequireProductScope = f.Bool(n) == true,
        ["requirePolicyScope"] = (p, f, n) => p.RequirePolicyScope = f.Bool(n) == true,
        ["requireMachineScope"] = (p, f, n) => p.RequireMachineScope = f.Bool(n) == true,
        ["requireFingerprintScope"] = (p, f, n) => p.RequireFingerprintScope = f.Bool(n) == true,
        ["requireComponentsScope"] = (p, f, n) => p.RequireComponentsScope = f.Bool(n) == true,
        ["requireUserScope"] = (p, f, n) => p.RequireUserScope = f.Bool(n) == true,
        ["requireChecksumScope"] = (p, f, n) => p.RequireChecksumScope = f.Bool(n) == true,
        ["requireVersionScope"] = (p, f, n) => p.RequireVersionScope = f.Bool(n) == true,
        ["requireCheckIn"] = (p, f, n) => p.RequireCheckIn = f.Bool(n) == true,
        ["checkInInterval"] = (p, f, n) => p.CheckInInterval = f.String(n),
        ["checkInIntervalCount"] = (p, f, n) => p.CheckInIntervalCount = f.Int(n),
        ["heartbeatDuration"] = (p, f, n) => p.HeartbeatDuration = f.Int(n),
        ["heartbeatCullStrategy"] = (p, f, n) => p.HeartbeatCullStrategy = f.String(n)!,
        ["heartbeatResurrectionStrategy"] = (p, f, n) => p.HeartbeatResurrectionStrategy = f.String(n)!,
        ["heartbeatBasis"] = (p, f, n) => p.HeartbeatBasis = f.String(n)!,
        ["requireHeartbeat"] = (p, f, n) => p.RequireHeartbeat = f.Bool(n) == true,
        // API 1.0/1.1: "concurrent" is the inverse of "no overage".
        ["concurrent"] = (p, f, n) => p.OverageStrategy = f.Bool(n) == true ? "ALWAYS_ALLOW_OVERAGE" : "NO_OVERAGE",
        ["metadata"] = (p, f, n) => p.Metadata = f.Object(n)!,
    };
}
