using System;
using System.Collections.Generic;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// Keygen's License#transfer! and its validation: a license moves only to a compatible policy (same encryption,
/// pooling and scheme, no stricter uniqueness), and a RESET_EXPIRY policy restarts its expiry.
/// </summary>
internal static class LicenseTransfers
{
    private static readonly Dictionary<string, int> UniquenessRanks = new()
    {
        ["UNIQUE_PER_ACCOUNT"] = 4,
        ["UNIQUE_PER_PRODUCT"] = 3,
        ["UNIQUE_PER_POLICY"] = 2,
        ["UNIQUE_PER_LICENSE"] = 1,
        ["UNIQUE_PER_MACHINE"] = 0,
    };

    public static void Transfer(License license, Policy policy, DateTimeOffset now)
    {
        if (Incompatibility(license.Policy, policy) is { } reason)
        {
            throw ValidationErrors.RelationshipError("licenses", "license", "policy", "NOT_COMPATIBLE", reason);
        }

        license.Policy = policy;
        if (policy.TransferStrategy == "RESET_EXPIRY")
        {
            license.Expiry = policy.Duration is { } duration ? Durations.Add(now, duration) : null;
        }
    }

    /// <summary>The first difference Keygen checks, in its order; only that one decides.</summary>
    private static string? Incompatibility(Policy from, Policy to)
    {
        if (from.Encrypted != to.Encrypted)
        {
            return "cannot change from an encrypted policy to an unencrypted policy (or vice-versa)";
        }

        if (from.UsePool != to.UsePool)
        {
            return "cannot change from a pooled policy to an unpooled policy (or vice-versa)";
        }

        if (from.Scheme != to.Scheme)
        {
            return "cannot change to a policy with a different scheme";
        }

        if (from.MachineUniquenessStrategy != to.MachineUniquenessStrategy)
        {
            return Rank(to.MachineUniquenessStrategy) > Rank(from.MachineUniquenessStrategy)
                ? "cannot change to a policy with a more strict machine uniqueness strategy"
                : null;
        }

        return from.ComponentUniquenessStrategy != to.ComponentUniquenessStrategy && Rank(to.ComponentUniquenessStrategy) > Rank(from.ComponentUniquenessStrategy)
            ? "cannot change to a policy with a more strict component uniqueness strategy"
            : null;
    }

    private static int Rank(string strategy) => UniquenessRanks.GetValueOrDefault(strategy, -1);
}
