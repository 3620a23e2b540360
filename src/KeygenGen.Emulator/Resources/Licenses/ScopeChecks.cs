using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Components;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// The scope part of license validation, in Keygen's order: environment, product, policy, user, entitlements, machine,
/// fingerprint(s), components (then checksum and version, in <see cref="ReleaseScopeChecks"/>). A scope value that
/// is sent must match; a scope the policy requires must be sent.
/// </summary>
internal static class ScopeChecks
{
    public static ValidationResult? Check(License license, ValidationScope scope, DateTimeOffset now) =>
        Environment(license, scope)
        ?? Product(license, scope)
        ?? Policy(license, scope)
        ?? User(license, scope)
        ?? Entitlements(license, scope)
        ?? Machine(license, scope, now)
        ?? Fingerprints(license, scope, now)
        ?? Components(license, scope);

    /// <summary>
    /// The license's user (its owner or an attached user) that <paramref name="identifier"/> names by id or email, else
    /// null. Keygen's per-user leasing counts the machines of this user, and with none those without an owner.
    /// </summary>
    public static User? LicenseUser(License license, string? identifier) =>
        license.Users.FirstOrDefault(user => Identifies(user, identifier));

    /// <summary>The license's environment by id or code; a null scope matches a global license.</summary>
    private static ValidationResult? Environment(License license, ValidationScope scope) => scope.Has("environment")
        ? (license.Environment is { } home ? Matches(home.Id, scope.Environment) || string.Equals(home.Code, scope.Environment, StringComparison.Ordinal) : scope.Environment is null)
            ? null
            : ValidationResult.Invalid("environment scope does not match", "ENVIRONMENT_SCOPE_MISMATCH")
        : license.Policy.RequireEnvironmentScope ? ValidationResult.Invalid("environment scope is required", "ENVIRONMENT_SCOPE_REQUIRED") : null;

    private static ValidationResult? Product(License license, ValidationScope scope) => scope.Has("product")
        ? Matches(license.Product.Id, scope.Product) ? null : ValidationResult.Invalid("product scope does not match", "PRODUCT_SCOPE_MISMATCH")
        : license.Policy.RequireProductScope ? ValidationResult.Invalid("product scope is required", "PRODUCT_SCOPE_REQUIRED") : null;

    private static ValidationResult? Policy(License license, ValidationScope scope) => scope.Has("policy")
        ? Matches(license.Policy.Id, scope.Policy) ? null : ValidationResult.Invalid("policy scope does not match", "POLICY_SCOPE_MISMATCH")
        : license.Policy.RequirePolicyScope ? ValidationResult.Invalid("policy scope is required", "POLICY_SCOPE_REQUIRED") : null;

    /// <summary>
    /// The scoped user must be one of the license's users (owner or attached, by id or email); a null user matches a
    /// license without an owner, as Keygen compares <c>owner_id</c> with it.
    /// </summary>
    private static ValidationResult? User(License license, ValidationScope scope) => scope.Has("user")
        ? (scope.User is null ? license.Owner is null : LicenseUser(license, scope.User) is not null) ? null : ValidationResult.Invalid("user scope does not match", "USER_SCOPE_MISMATCH")
        : license.Policy.RequireUserScope ? ValidationResult.Invalid("user scope is required", "USER_SCOPE_REQUIRED") : null;

    /// <summary>Every requested code (compared exactly) must be among the license's entitlements, its policy's included.</summary>
    private static ValidationResult? Entitlements(License license, ValidationScope scope)
    {
        if (!scope.Has("entitlements"))
        {
            return null;
        }

        var requested = scope.Entitlements;
        if (requested.Count == 0)
        {
            return ValidationResult.Invalid("entitlements scope is empty", "ENTITLEMENTS_SCOPE_EMPTY");
        }

        var codes = license.Entitlements.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        return requested.All(codes.Contains) ? null : ValidationResult.Invalid("is missing one or more required entitlements", "ENTITLEMENTS_MISSING");
    }

    private static ValidationResult? Machine(License license, ValidationScope scope, DateTimeOffset now)
    {
        if (!scope.Has("machine"))
        {
            return license.Policy.RequireMachineScope ? ValidationResult.Invalid("machine scope is required", "MACHINE_SCOPE_REQUIRED") : null;
        }

        if (NoMachines(license, "machine is not activated") is { } none)
        {
            return none;
        }

        var machine = license.Machines.FirstOrDefault(m => Matches(m.Id, scope.Machine));
        if (machine is null)
        {
            return ValidationResult.Invalid("machine is not activated (does not match any associated machines)", "MACHINE_SCOPE_MISMATCH");
        }

        if (scope.User is { } user && machine.Owner is { } owner && !Identifies(owner, user))
        {
            return ValidationResult.Invalid("user scope does not match (does not match associated machine owner)", "USER_SCOPE_MISMATCH");
        }

        var status = machine.HeartbeatStatus(now);
        if (license.Policy.RequireHeartbeat && status == "NOT_STARTED")
        {
            return ValidationResult.Invalid("machine heartbeat is required", "HEARTBEAT_NOT_STARTED");
        }

        return status == "DEAD" ? ValidationResult.Invalid("machine heartbeat is dead", "HEARTBEAT_DEAD") : null;
    }

    private static ValidationResult? Fingerprints(License license, ValidationScope scope, DateTimeOffset now)
    {
        if (!scope.Has("fingerprint") && !scope.Has("fingerprints"))
        {
            return license.Policy.RequireFingerprintScope ? ValidationResult.Invalid("fingerprint scope is required", "FINGERPRINT_SCOPE_REQUIRED") : null;
        }

        var fingerprints = scope.Fingerprints;
        if (fingerprints.Count == 0)
        {
            return ValidationResult.Invalid("fingerprint scope is empty", "FINGERPRINT_SCOPE_EMPTY");
        }

        if (NoMachines(license, "fingerprint is not activated") is { } none)
        {
            return none;
        }

        var machines = license.Machines.Where(m => fingerprints.Contains(m.Fingerprint)).ToList();
        if (machines.Count(m => m.HeartbeatStatus(now) == "DEAD") == fingerprints.Count)
        {
            return ValidationResult.Invalid("machine heartbeat is dead", "HEARTBEAT_DEAD");
        }

        var alive = machines.Where(m => m.HeartbeatStatus(now) != "DEAD").ToList();
        if (FingerprintMismatch(license.Policy.MachineMatchingStrategy, fingerprints.Count, alive.Count) is { } mismatch)
        {
            return mismatch;
        }

        if (scope.Has("user") && scope.User is { } user && alive.Any(m => m.Owner is { } owner && !Identifies(owner, user)))
        {
            return ValidationResult.Invalid("user scope does not match (does not match associated machine owners)", "USER_SCOPE_MISMATCH");
        }

        return license.Policy.RequireHeartbeat && alive.Any(m => m.HeartbeatStatus(now) == "NOT_STARTED")
            ? ValidationResult.Invalid("machine heartbeat is required", "HEARTBEAT_NOT_STARTED")
            : null;
    }

    private static ValidationResult? FingerprintMismatch(string strategy, int requested, int alive)
    {
        const string Code = "FINGERPRINT_SCOPE_MISMATCH";
        if (requested <= 1)
        {
            return alive == 0 ? ValidationResult.Invalid("fingerprint is not activated (does not match any associated machines)", Code) : null;
        }

        return strategy switch
        {
            "MATCH_MOST" when alive < (int)Math.Ceiling(requested / 2.0) => ValidationResult.Invalid("one or more fingerprint is not activated (does not match enough associated machines)", Code),
            "MATCH_TWO" when alive < 2 => ValidationResult.Invalid("one or more fingerprint is not activated (does not match at least 2 associated machines)", Code),
            "MATCH_ALL" when alive < requested => ValidationResult.Invalid("one or more fingerprint is not activated (does not match all associated machines)", Code),
            "MATCH_ANY" when alive == 0 => ValidationResult.Invalid("one or more fingerprint is not activated (does not match any associated machines)", Code),
            _ => null,
        };
    }

    /// <summary>Components are matched on the machine the (single) fingerprint scope names, per the policy's matching strategy.</summary>
    private static ValidationResult? Components(License license, ValidationScope scope)
    {
        if (!scope.Has("components"))
        {
            return license.Policy.RequireComponentsScope ? ValidationResult.Invalid("components scope is required", "COMPONENTS_SCOPE_REQUIRED") : null;
        }

        if (!scope.Has("fingerprint"))
        {
            return ValidationResult.Invalid("fingerprint scope is required when using the components scope", "FINGERPRINT_SCOPE_REQUIRED");
        }

        var requested = scope.Components;
        if (requested.Count == 0)
        {
            return ValidationResult.Invalid("components scope is empty", "COMPONENTS_SCOPE_EMPTY");
        }

        var machine = license.Machines.FirstOrDefault(m => scope.Fingerprints.Contains(m.Fingerprint));
        var matched = machine?.Components.Count(c => requested.Contains(c.Fingerprint)) ?? 0;
        var strategy = license.Policy.ComponentMatchingStrategy;
        return ComponentRules.Matches(strategy, requested.Count, matched) ? null : ValidationResult.Invalid(ComponentMismatchDetail(strategy), "COMPONENTS_SCOPE_MISMATCH");
    }

    private static string ComponentMismatchDetail(string strategy) => strategy switch
    {
        "MATCH_MOST" => "one or more component is not activated (does not match enough associated components)",
        "MATCH_TWO" => "one or more component is not activated (does not match at least 2 associated components)",
        "MATCH_ALL" => "one or more component is not activated (does not match all associated components)",
        _ => "one or more component is not activated (does not match any associated components)",
    };

    /// <summary>NO_MACHINE (node-locked) or NO_MACHINES (floating) when the license has no machines at all.</summary>
    private static ValidationResult? NoMachines(License license, string subject)
    {
        if (license.Machines.Count > 0)
        {
            return null;
        }

        return license.Policy.Floating
            ? ValidationResult.Invalid($"{subject} (has no associated machines)", "NO_MACHINES")
            : ValidationResult.Invalid($"{subject} (has no associated machine)", "NO_MACHINE");
    }

    private static bool Matches(Guid id, string? value) => string.Equals(id.ToString(), value, StringComparison.OrdinalIgnoreCase);

    private static bool Identifies(User user, string? identifier) =>
        identifier is not null && (Matches(user.Id, identifier) || string.Equals(user.Email, identifier, StringComparison.OrdinalIgnoreCase));
}
