using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Components;

/// <summary>
/// Keygen's MachineComponent validations: a fingerprint unique on its machine and, per the policy's
/// <c>componentUniquenessStrategy</c>, across the license, policy, product or account; not reserved; not too long.
/// </summary>
internal static class ComponentRules
{
    /// <summary>The error reporter: attribute, error (e.g. TAKEN) and detail.</summary>
    public delegate void Report(string attribute, string error, string detail);

    /// <param name="account">The account whose components count for account-wide uniqueness.</param>
    /// <param name="component">The new component.</param>
    /// <param name="batch">The components created together with it (a machine's inline components), itself included.</param>
    /// <param name="report">Where each problem goes.</param>
    public static void CheckNew(AccountState account, MachineComponent component, IReadOnlyCollection<MachineComponent> batch, Report report)
    {
        var fingerprint = component.Fingerprint;
        if (component.Machine.Components.Any(c => c.Fingerprint == fingerprint))
        {
            report("fingerprint", "TAKEN", "has already been taken");
        }

        if (fingerprint is "actions" or "action")
        {
            report("fingerprint", "NOT_ALLOWED", "is reserved");
        }

        if (fingerprint.Length > 4096)
        {
            report("fingerprint", "TOO_LONG", "is too long (maximum is 4096 characters)");
        }

        if (component.Name.Length > 255)
        {
            report("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        if (batch.Count(c => c.Fingerprint == fingerprint) > 1)
        {
            report("fingerprint", "CONFLICT", "is duplicated");
        }

        var others = account.Table<MachineComponent>().All.Where(c => c.Fingerprint == fingerprint).ToList();
        if (TakenWithin(component, others) is { } scope)
        {
            report("fingerprint", "TAKEN", "has already been taken" + scope);
        }
    }

    /// <summary>
    /// The strategy-wide uniqueness (" for this license", …); UNIQUE_PER_MACHINE adds nothing to the per-machine
    /// check above (Keygen's own per-machine branch is unreachable).
    /// </summary>
    private static string? TakenWithin(MachineComponent component, List<MachineComponent> sameFingerprint) => component.Policy.ComponentUniquenessStrategy switch
    {
        "UNIQUE_PER_ACCOUNT" when sameFingerprint.Count > 0 => " for this account",
        "UNIQUE_PER_PRODUCT" when sameFingerprint.Any(c => c.Product == component.Product) => " for this product",
        "UNIQUE_PER_POLICY" when sameFingerprint.Any(c => c.Policy == component.Policy) => " for this policy",
        "UNIQUE_PER_LICENSE" when sameFingerprint.Any(c => c.License == component.License) => " for this license",
        _ => null,
    };

    /// <summary>Keygen's <c>componentMatchingStrategy</c> applied to how many of the requested fingerprints the machine has.</summary>
    public static bool Matches(string strategy, int requested, int matched) => strategy switch
    {
        "MATCH_MOST" => matched >= (int)Math.Ceiling(requested / 2.0),
        "MATCH_TWO" => matched >= 2,
        "MATCH_ALL" => matched >= requested,
        _ => matched > 0,
    };
}
