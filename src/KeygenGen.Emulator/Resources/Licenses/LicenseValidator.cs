using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// Keygen's LicenseValidationService: the first failing check wins, in this order: NOT_FOUND, BANNED, SUSPENDED,
/// EXPIRED (revoke-access policies), OVERDUE, the scope checks, TOO_MANY_USERS, then (strict policies only) the
/// machine checks, and finally EXPIRED or VALID. A quick validation (no scope) skips the scope checks entirely.
/// </summary>
internal static class LicenseValidator
{
    public static ValidationResult Validate(License? license, ValidationScope? scope, AccountState account, DateTimeOffset now)
    {
        if (license is null)
        {
            return ValidationResult.Invalid("does not exist", "NOT_FOUND");
        }

        var policy = license.Policy;
        if (license.Banned)
        {
            return ValidationResult.Invalid("is banned", "BANNED");
        }

        if (license.Suspended)
        {
            return ValidationResult.Invalid("is suspended", "SUSPENDED");
        }

        if (policy.ExpirationStrategy == "REVOKE_ACCESS" && license.IsExpired(now))
        {
            return ValidationResult.Invalid("is expired", "EXPIRED");
        }

        if (license.IsCheckInOverdue(now))
        {
            return ValidationResult.Invalid("is overdue for check in", "OVERDUE");
        }

        if (scope is null)
        {
            return AfterScopes(license, null, now);
        }

        if (ScopeChecks.Check(license, scope, now) is { } scopeFailure)
        {
            return scopeFailure;
        }

        var releases = ReleaseScopeChecks.Check(license, scope, account);
        return releases.Failure ?? AfterScopes(license, scope, now) with { MatchedVersion = releases.Version };
    }

    /// <summary>The user limit, then (strict policies) the machine limits, then expiry.</summary>
    private static ValidationResult AfterScopes(License license, ValidationScope? scope, DateTimeOffset now)
    {
        var policy = license.Policy;
        if (license.MaxUsers is { } maxUsers && license.UsersCount > maxUsers)
        {
            return new ValidationResult(policy.AllowsOverage(license.UsersCount, maxUsers), "has too many associated users", "TOO_MANY_USERS");
        }

        if (!policy.Strict)
        {
            return Expiry(license, now);
        }

        return MachineLimits(license, scope, now) ?? Expiry(license, now);
    }

    private static ValidationResult Expiry(License license, DateTimeOffset now) =>
        license.IsExpired(now)
            ? new ValidationResult(license.Policy.ExpiredStillValid, "is expired", "EXPIRED")
            : new ValidationResult(true, "is valid", "VALID");

    private static ValidationResult? MachineLimits(License license, ValidationScope? scope, DateTimeOffset now)
    {
        var policy = license.Policy;
        var count = license.Machines.Count;
        if (!policy.Floating && count == 0)
        {
            return ValidationResult.Invalid("must have exactly 1 associated machine", "NO_MACHINE");
        }

        var leased = LeasedMachines(license, scope);
        if (!policy.Floating && count > 1)
        {
            var limit = license.MaxMachines ?? 1;
            // Node-locked licenses only know "always allow" and "2x" overages.
            var allowed = policy.OverageStrategy == "ALWAYS_ALLOW_OVERAGE" || (policy.OverageStrategy == "ALLOW_2X_OVERAGE" && leased.Count <= limit * 2);
            if (leased.Count > limit)
            {
                return new ValidationResult(allowed, "has too many associated machines", "TOO_MANY_MACHINES");
            }
        }

        if (policy.Floating && count == 0)
        {
            return ValidationResult.Invalid("must have at least 1 associated machine", "NO_MACHINES");
        }

        if (policy.Floating && license.MaxMachines is { } maxMachines && count > 1 && leased.Count > maxMachines)
        {
            return new ValidationResult(policy.AllowsOverage(leased.Count, maxMachines), "has too many associated machines", "TOO_MANY_MACHINES");
        }

        return Exceeds(license, license.MaxCores, leased.Sum(m => (long)(m.Cores ?? 0)), "has too many associated machine cores", "TOO_MANY_CORES")
            ?? Exceeds(license, license.MaxMemory, leased.Sum(m => m.Memory ?? 0), "has too much associated machine memory", "TOO_MUCH_MEMORY")
            ?? Exceeds(license, license.MaxDisk, leased.Sum(m => m.Disk ?? 0), "has too much associated machine disk", "TOO_MUCH_DISK")
            ?? Exceeds(license, license.MaxProcesses, LeasedProcesses(license, scope, now), "has too many associated processes", "TOO_MANY_PROCESSES");
    }

    /// <summary>
    /// The processes that count against <c>maxProcesses</c>: per license all of them; per user those on the scoped
    /// user's machines; per machine those of the live machine the scope names (none when it names no machine).
    /// </summary>
    private static int LeasedProcesses(License license, ValidationScope? scope, DateTimeOffset now)
    {
        switch (license.Policy.ProcessLeasingStrategy)
        {
            case "PER_LICENSE":
                return license.Processes.Count();
            case "PER_USER":
                var user = scope?.Has("user") == true ? ScopeChecks.LicenseUser(license, scope.User) : null;
                return license.Processes.Count(p => p.Machine.Owner == user);
        }

        var alive = license.Machines.Where(m => !m.IsDead(now));
        var machine = scope switch
        {
            not null when scope.Has("fingerprint") || scope.Has("fingerprints") => alive.FirstOrDefault(m => scope.Fingerprints.Contains(m.Fingerprint)),
            not null when scope.Has("machine") => alive.FirstOrDefault(m => string.Equals(m.Id.ToString(), scope.Machine, StringComparison.OrdinalIgnoreCase)),
            _ => null,
        };
        return machine?.Processes.Count ?? 0;
    }

    private static ValidationResult? Exceeds(License license, long? limit, long used, string detail, string code) =>
        limit is { } max && used > max ? new ValidationResult(license.Policy.AllowsOverage(used, max), detail, code) : null;

    /// <summary>The machines that count against the limits: all of them, or with per-user leasing those of the scoped user.</summary>
    private static IReadOnlyList<Machine> LeasedMachines(License license, ValidationScope? scope)
    {
        if (license.Policy.MachineLeasingStrategy != "PER_USER")
        {
            return license.Machines;
        }

        var user = scope?.Has("user") == true ? ScopeChecks.LicenseUser(license, scope.User) : null;
        return license.Machines.Where(m => m.Owner == user).ToList();
    }
}
