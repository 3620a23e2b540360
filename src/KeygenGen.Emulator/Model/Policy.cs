using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class Policy : Entity, IProductScoped
{
    public Policy(Guid id, DateTimeOffset created, Product product)
        : base(id, created)
    {
        Product = product;
    }

    public Product Product { get; set; }

    public string? Name { get; set; }

    /// <summary>License lifetime in seconds; null means licenses do not expire.</summary>
    public int? Duration { get; set; }

    public bool Strict { get; set; }

    /// <summary>False means node-locked: exactly one machine.</summary>
    public bool Floating { get; set; }

    public bool UsePool { get; set; }

    public bool Encrypted { get; set; }

    public bool Protected { get; set; }

    public string? Scheme { get; set; }

    public int? MaxMachines { get; set; }

    public int? MaxProcesses { get; set; }

    public int? MaxUsers { get; set; }

    public int? MaxCores { get; set; }

    public long? MaxMemory { get; set; }

    public long? MaxDisk { get; set; }

    public int? MaxUses { get; set; }

    public string MachineUniquenessStrategy { get; set; } = "UNIQUE_PER_LICENSE";

    public string MachineMatchingStrategy { get; set; } = "MATCH_ANY";

    public string ComponentUniquenessStrategy { get; set; } = "UNIQUE_PER_MACHINE";

    public string ComponentMatchingStrategy { get; set; } = "MATCH_ANY";

    public string ExpirationStrategy { get; set; } = "RESTRICT_ACCESS";

    public string ExpirationBasis { get; set; } = "FROM_CREATION";

    public string RenewalBasis { get; set; } = "FROM_EXPIRY";

    public string TransferStrategy { get; set; } = "KEEP_EXPIRY";

    public string AuthenticationStrategy { get; set; } = "TOKEN";

    public string MachineLeasingStrategy { get; set; } = "PER_LICENSE";

    public string ProcessLeasingStrategy { get; set; } = "PER_MACHINE";

    public string OverageStrategy { get; set; } = "NO_OVERAGE";

    public bool RequireProductScope { get; set; }

    public bool RequirePolicyScope { get; set; }

    public bool RequireMachineScope { get; set; }

    public bool RequireFingerprintScope { get; set; }

    public bool RequireComponentsScope { get; set; }

    public bool RequireUserScope { get; set; }

    public bool RequireChecksumScope { get; set; }

    public bool RequireVersionScope { get; set; }

    public bool RequireCheckIn { get; set; }

    public string? CheckInInterval { get; set; }

    public int? CheckInIntervalCount { get; set; }

    public int? HeartbeatDuration { get; set; }

    public string HeartbeatCullStrategy { get; set; } = "DEACTIVATE_DEAD";

    public string HeartbeatResurrectionStrategy { get; set; } = "NO_REVIVE";

    public string HeartbeatBasis { get; set; } = "FROM_FIRST_PING";

    public bool RequireHeartbeat { get; set; }

    public JsonObject Metadata { get; set; } = new();

    /// <summary>The entitlements attached to the policy, oldest first.</summary>
    public List<PolicyEntitlement> AttachedEntitlements { get; } = new();

    public bool SupportsTokenAuth => AuthenticationStrategy is "TOKEN" or "MIXED";

    public bool SupportsLicenseAuth => AuthenticationStrategy is "LICENSE" or "MIXED";

    public bool SupportsSessionAuth => AuthenticationStrategy is "SESSION" or "MIXED";

    /// <summary>Whether expired licenses still validate (with code EXPIRED but <c>valid: true</c>).</summary>
    public bool ExpiredStillValid => ExpirationStrategy is "ALLOW_ACCESS" or "MAINTAIN_ACCESS";

    /// <summary>Whether dead machines and processes are deleted (DEACTIVATE_DEAD) rather than kept (KEEP_DEAD).</summary>
    public bool DeactivatesDead => HeartbeatCullStrategy == "DEACTIVATE_DEAD";

    /// <summary>Whether a ping may bring a dead machine or process back (any strategy but NO_REVIVE).</summary>
    public bool ResurrectsDead => HeartbeatResurrectionStrategy != "NO_REVIVE";

    public bool AlwaysResurrectsDead => HeartbeatResurrectionStrategy == "ALWAYS_REVIVE";

    /// <summary>How long after its missed heartbeat a dead machine or process may still be revived.</summary>
    public TimeSpan LazarusTtl => HeartbeatResurrectionStrategy switch
    {
        "15_MINUTE_REVIVE" => TimeSpan.FromMinutes(15),
        "10_MINUTE_REVIVE" => TimeSpan.FromMinutes(10),
        "5_MINUTE_REVIVE" => TimeSpan.FromMinutes(5),
        "2_MINUTE_REVIVE" => TimeSpan.FromMinutes(2),
        "1_MINUTE_REVIVE" => TimeSpan.FromMinutes(1),
        _ => TimeSpan.Zero,
    };

    /// <summary>The factor by which a limit may be exceeded, or null when any overage is allowed.</summary>
    public double? OverageFactor => OverageStrategy switch
    {
        "ALWAYS_ALLOW_OVERAGE" => null,
        "ALLOW_1_25X_OVERAGE" => 1.25,
        "ALLOW_1_5X_OVERAGE" => 1.5,
        "ALLOW_2X_OVERAGE" => 2,
        _ => 1,
    };

    /// <summary>Whether <paramref name="count"/> stays within <paramref name="limit"/> once the overage strategy is applied.</summary>
    public bool AllowsOverage(long count, long limit) => OverageFactor is not { } factor || count <= limit * factor;
}
