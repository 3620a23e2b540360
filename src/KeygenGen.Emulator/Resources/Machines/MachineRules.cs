using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>
/// Keygen's Machine validations: fingerprint uniqueness per the policy's strategy (FINGERPRINT_TAKEN) and the
/// license's limits per its overage strategy (MACHINE_LIMIT_EXCEEDED and the core, memory and disk limits).
/// </summary>
internal static class MachineRules
{
    /// <param name="account">The account the machine joins.</param>
    /// <param name="machine">The new machine.</param>
    /// <param name="components">Its inline components, validated together with it (their errors point into the relationship).</param>
    public static void ValidateNew(AccountState account, Machine machine, IReadOnlyList<MachineComponent> components)
    {
        var errors = new ValidationErrors("machines", "machine");
        CheckFingerprint(account, machine, errors);
        CheckMachineLimit(machine, errors);
        CheckResources(machine, errors);
        for (var i = 0; i < components.Count; i++)
        {
            var index = i;
            Components.ComponentRules.CheckNew(account, components[i], components, (attribute, error, detail) => errors.Nested("components", index, attribute, error, detail));
        }

        errors.ThrowIfAny();
    }

    public static void ValidateChanged(Machine machine)
    {
        var errors = new ValidationErrors("machines", "machine");
        CheckResources(machine, errors);
        errors.ThrowIfAny();
    }

    private static void CheckFingerprint(AccountState account, Machine machine, ValidationErrors errors)
    {
        var fingerprint = machine.Fingerprint;
        if (fingerprint.Length > 4096)
        {
            errors.Attribute("fingerprint", "TOO_LONG", "is too long (maximum is 4096 characters)");
        }

        if (ReservedAliases.Contains(fingerprint))
        {
            errors.Attribute("fingerprint", "NOT_ALLOWED", "is reserved");
        }

        if (Guid.TryParse(fingerprint, out var asId) && account.Table<Machine>().Contains(asId))
        {
            errors.Attribute("fingerprint", "CONFLICT", "must not conflict with another machine's identifier (UUID)");
        }

        var others = account.Table<Machine>().All.Where(m => m != machine && m.Fingerprint == fingerprint).ToList();
        if (others.Any(m => m.License == machine.License))
        {
            errors.Attribute("fingerprint", "TAKEN", "has already been taken");
        }

        var scope = machine.Policy.MachineUniquenessStrategy switch
        {
            "UNIQUE_PER_ACCOUNT" when others.Count > 0 => " for this account",
            "UNIQUE_PER_PRODUCT" when others.Any(m => m.Product == machine.Product) => " for this product",
            "UNIQUE_PER_POLICY" when others.Any(m => m.Policy == machine.Policy) => " for this policy",
            _ => null,
        };
        if (scope is not null)
        {
            errors.Attribute("fingerprint", "TAKEN", "has already been taken" + scope);
        }
    }

    /// <summary>The first machine is always allowed; each further one must fit the limit (with any allowed overage).</summary>
    private static void CheckMachineLimit(Machine machine, ValidationErrors errors)
    {
        var license = machine.License;
        if (license.MaxMachines is not { } limit || license.Policy.OverageStrategy == "ALWAYS_ALLOW_OVERAGE")
        {
            return;
        }

        var perUser = license.Policy.MachineLeasingStrategy == "PER_USER";
        var existing = Leased(machine).Count();
        if (existing > 0 && !license.Policy.AllowsOverage(existing + 1, limit))
        {
            errors.Base("LIMIT_EXCEEDED", $"machine count has exceeded maximum allowed for {(perUser ? "user" : "license")} ({Text(limit)})");
        }
    }

    private static void CheckResources(Machine machine, ValidationErrors errors)
    {
        NumberRules.AtLeast(errors, "cores", machine.Cores, 1);
        NumberRules.AtLeast(errors, "memory", machine.Memory, 1);
        NumberRules.AtLeast(errors, "disk", machine.Disk, 1);
        var license = machine.License;
        var others = Leased(machine).ToList();
        CheckTotal(machine, errors, license.MaxCores, others.Sum(m => (long)(m.Cores ?? 0)) + (machine.Cores ?? 0), "CORE_LIMIT_EXCEEDED", "machine core count");
        CheckTotal(machine, errors, license.MaxMemory, others.Sum(m => m.Memory ?? 0) + (machine.Memory ?? 0), "MEMORY_LIMIT_EXCEEDED", "machine memory");
        CheckTotal(machine, errors, license.MaxDisk, others.Sum(m => m.Disk ?? 0) + (machine.Disk ?? 0), "DISK_LIMIT_EXCEEDED", "machine disk");
    }

    private static void CheckTotal(Machine machine, ValidationErrors errors, long? limit, long total, string error, string subject)
    {
        var policy = machine.Policy;
        if (limit is not { } max || policy.OverageStrategy == "ALWAYS_ALLOW_OVERAGE" || policy.AllowsOverage(total, max))
        {
            return;
        }

        var holder = policy.MachineLeasingStrategy == "PER_USER" ? "user" : "license";
        errors.Base(error, $"{subject} has exceeded maximum allowed for {holder} ({Text(max)})");
    }

    /// <summary>The license's other machines that share the limit: all of them, or with per-user leasing the same owner's.</summary>
    private static IEnumerable<Machine> Leased(Machine machine)
    {
        var others = machine.License.Machines.Where(m => m != machine);
        return machine.Policy.MachineLeasingStrategy == "PER_USER" ? others.Where(m => m.Owner == machine.Owner) : others;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
