using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Licenses;

namespace Keygen.Emulator.Resources.Policies;

/// <summary>Keygen's Policy model validations, with its messages.</summary>
internal static class PolicyRules
{
    private const long Int32Max = int.MaxValue;

    private static readonly (string Attribute, string[] Allowed, string Message)[] Strategies =
    [
        ("machineUniquenessStrategy", ["UNIQUE_PER_ACCOUNT", "UNIQUE_PER_PRODUCT", "UNIQUE_PER_POLICY", "UNIQUE_PER_LICENSE"], "unsupported machine uniqueness strategy"),
        ("machineMatchingStrategy", ["MATCH_ANY", "MATCH_TWO", "MATCH_MOST", "MATCH_ALL"], "unsupported machine matching strategy"),
        ("componentUniquenessStrategy", ["UNIQUE_PER_ACCOUNT", "UNIQUE_PER_PRODUCT", "UNIQUE_PER_POLICY", "UNIQUE_PER_LICENSE", "UNIQUE_PER_MACHINE"], "unsupported component uniqueness strategy"),
        ("componentMatchingStrategy", ["MATCH_ANY", "MATCH_TWO", "MATCH_MOST", "MATCH_ALL"], "unsupported component matching strategy"),
        ("expirationStrategy", ["RESTRICT_ACCESS", "REVOKE_ACCESS", "MAINTAIN_ACCESS", "ALLOW_ACCESS"], "unsupported expiration strategy"),
        ("expirationBasis", ["FROM_CREATION", "FROM_FIRST_VALIDATION", "FROM_FIRST_ACTIVATION", "FROM_FIRST_DOWNLOAD", "FROM_FIRST_USE"], "unsupported expiration basis"),
        ("renewalBasis", ["FROM_EXPIRY", "FROM_NOW", "FROM_NOW_IF_EXPIRED"], "unsupported renewal basis"),
        ("authenticationStrategy", ["TOKEN", "LICENSE", "SESSION", "MIXED", "NONE"], "unsupported authentication strategy"),
        ("heartbeatCullStrategy", ["DEACTIVATE_DEAD", "KEEP_DEAD"], "unsupported heartbeat cull strategy"),
        ("heartbeatResurrectionStrategy", ["ALWAYS_REVIVE", "15_MINUTE_REVIVE", "10_MINUTE_REVIVE", "5_MINUTE_REVIVE", "2_MINUTE_REVIVE", "1_MINUTE_REVIVE", "NO_REVIVE"], "unsupported heartbeat resurrection strategy"),
        ("heartbeatBasis", ["FROM_CREATION", "FROM_FIRST_PING"], "unsupported heartbeat basis"),
        ("transferStrategy", ["RESET_EXPIRY", "KEEP_EXPIRY"], "unsupported transfer strategy"),
        ("machineLeasingStrategy", ["PER_LICENSE", "PER_USER"], "unsupported machine leasing strategy"),
        ("processLeasingStrategy", ["PER_LICENSE", "PER_MACHINE", "PER_USER"], "unsupported process leasing strategy"),
        ("overageStrategy", ["ALWAYS_ALLOW_OVERAGE", "ALLOW_1_25X_OVERAGE", "ALLOW_1_5X_OVERAGE", "ALLOW_2X_OVERAGE", "NO_OVERAGE"], "unsupported overage strategy"),
    ];

    /// <summary>The integer attributes Keygen's Policy validates as at most 2147483647 (their columns are 4-byte integers).</summary>
    private static readonly string[] Int32Attributes = ["duration", "heartbeatDuration", "maxMachines", "maxCores", "maxUses", "maxProcesses", "maxUsers"];

    /// <summary>
    /// Keygen validates the policy's 4-byte integers before saving, so a larger one is a 422 "must be less than or equal
    /// to 2147483647" here, where the 4-byte columns of other models answer 400 "integer is too large" on save. Checked
    /// on the body before the attributes are applied, as the model cannot hold such a number.
    /// </summary>
    public static void CheckRanges(Fields attributes)
    {
        var errors = new ValidationErrors("policies", "policy");
        foreach (var attribute in Int32Attributes)
        {
            NumberRules.AtMost(errors, attribute, attributes.Long(attribute), Int32Max);
        }

        errors.ThrowIfAny();
    }

    public static void Validate(Policy policy)
    {
        var errors = new ValidationErrors("policies", "policy");
        if (string.IsNullOrWhiteSpace(policy.Name))
        {
            errors.Attribute("name", "MISSING", "can't be blank");
        }

        CheckNumbers(policy, errors);
        CheckStrategies(policy, errors);
        CheckCheckIn(policy, errors);
        CheckScheme(policy, errors);
        errors.ThrowIfAny();
    }

    private static void CheckNumbers(Policy policy, ValidationErrors errors)
    {
        NumberRules.Above(errors, "duration", policy.Duration, 0);
        NumberRules.AtLeast(errors, "duration", policy.Duration, 86400, "must be greater than or equal to 86400 (1 day)");
        NumberRules.Above(errors, "heartbeatDuration", policy.HeartbeatDuration, 0);
        NumberRules.AtLeast(errors, "heartbeatDuration", policy.HeartbeatDuration, 60, "must be greater than or equal to 60 (1 minute)");
        NumberRules.MaxMachines(errors, policy.MaxMachines, policy.Floating);

        NumberRules.AtLeast(errors, "maxCores", policy.MaxCores, 1);
        NumberRules.AtLeast(errors, "maxMemory", policy.MaxMemory, 1);
        NumberRules.AtLeast(errors, "maxDisk", policy.MaxDisk, 1);
        NumberRules.AtLeast(errors, "maxUses", policy.MaxUses, 0);
        NumberRules.Above(errors, "maxProcesses", policy.MaxProcesses, 0);
        NumberRules.Above(errors, "maxUsers", policy.MaxUsers, 0);
    }

    private static void CheckStrategies(Policy policy, ValidationErrors errors)
    {
        var values = new[]
        {
            policy.MachineUniquenessStrategy, policy.MachineMatchingStrategy, policy.ComponentUniquenessStrategy,
            policy.ComponentMatchingStrategy, policy.ExpirationStrategy, policy.ExpirationBasis, policy.RenewalBasis,
            policy.AuthenticationStrategy, policy.HeartbeatCullStrategy, policy.HeartbeatResurrectionStrategy,
            policy.HeartbeatBasis, policy.TransferStrategy, policy.MachineLeasingStrategy, policy.ProcessLeasingStrategy,
            policy.OverageStrategy,
        };
        foreach (var ((attribute, allowed, message), value) in Strategies.Zip(values))
        {
            if (!allowed.Contains(value))
            {
                errors.Attribute(attribute, "NOT_ALLOWED", message);
            }
        }

        if (policy.HeartbeatResurrectionStrategy == "ALWAYS_REVIVE" && policy.HeartbeatCullStrategy != "KEEP_DEAD")
        {
            errors.Attribute("heartbeatCullStrategy", "NOT_ALLOWED", "incompatible heartbeat cull strategy (must be KEEP_DEAD when resurrection strategy is ALWAYS_REVIVE)");
        }

        CheckOverage(policy, errors, "ALLOW_1_25X_OVERAGE", 4);
        CheckOverage(policy, errors, "ALLOW_1_5X_OVERAGE", 2);
    }

    /// <summary>Fractional overages need limits divisible by their denominator, and are refused for node-locked policies.</summary>
    private static void CheckOverage(Policy policy, ValidationErrors errors, string strategy, int divisor)
    {
        if (policy.OverageStrategy != strategy)
        {
            return;
        }

        var reason = (policy.Floating, policy.MaxMachines, policy.MaxCores, policy.MaxMemory, policy.MaxDisk, policy.MaxProcesses, policy.MaxUsers) switch
        {
            (false, _, _, _, _, _, _) => "for node-locked policy",
            (_, { } m, _, _, _, _, _) when m % divisor > 0 => $"with a max machines value not divisible by {divisor}",
            (_, _, { } c, _, _, _, _) when c % divisor > 0 => $"with a max cores value not divisible by {divisor}",
            (_, _, _, { } r, _, _, _) when r % divisor > 0 => $"with a max memory value not divisible by {divisor}",
            (_, _, _, _, { } d, _, _) when d % divisor > 0 => $"with a max disk value not divisible by {divisor}",
            (_, _, _, _, _, { } p, _) when p % divisor > 0 => $"with a max processes value not divisible by {divisor}",
            (_, _, _, _, _, _, { } u) when u % divisor > 0 => $"with a max users value not divisible by {divisor}",
            _ => null,
        };
        if (reason is not null)
        {
            errors.Attribute("overageStrategy", "NOT_ALLOWED", $"incompatible overage strategy (cannot use {strategy} {reason})");
        }
    }

    private static void CheckCheckIn(Policy policy, ValidationErrors errors)
    {
        if (!policy.RequireCheckIn)
        {
            return;
        }

        if (policy.CheckInInterval is not ("day" or "week" or "month" or "year"))
        {
            errors.Attribute("checkInInterval", "NOT_ALLOWED", "must be one of: day, week, month, year");
        }

        if (policy.CheckInIntervalCount is not (>= 1 and <= 365))
        {
            errors.Attribute("checkInIntervalCount", "NOT_ALLOWED", "must be a number between 1 and 365 inclusive");
        }
    }

    private static void CheckScheme(Policy policy, ValidationErrors errors)
    {
        if (policy.Encrypted && policy.Scheme != "LEGACY_ENCRYPT")
        {
            errors.Attribute("scheme", "NOT_ALLOWED", "unsupported encryption scheme (scheme must be LEGACY_ENCRYPT for legacy encrypted policies)");
        }

        if (policy.Scheme is { } scheme && !LicenseKeys.KnownSchemes.Contains(scheme))
        {
            errors.Attribute("scheme", "NOT_ALLOWED", "unsupported signing scheme");
        }

        // Legacy encryption keeps only a bcrypt hash of the key; the emulator does not implement it.
        if (policy.Scheme == LicenseKeys.UnsupportedScheme)
        {
            errors.Attribute("scheme", "NOT_SUPPORTED", "legacy encrypted license keys are not supported by the KeygenGen emulator");
        }

        if (policy.UsePool && policy.Encrypted)
        {
            errors.Attribute("encrypted", "NOT_SUPPORTED", "cannot be encrypted and use a pool");
        }

        if (policy.UsePool && policy.Scheme is not null)
        {
            errors.Attribute("scheme", "NOT_SUPPORTED", "cannot use a scheme and use a pool");
        }

        if (!policy.Encrypted && policy.Scheme == "LEGACY_ENCRYPT")
        {
            errors.Attribute("scheme", "INVALID", "must be encrypted when using LEGACY_ENCRYPT scheme");
        }
    }
}
