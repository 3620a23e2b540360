using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:policy</c> factory: a floating, unprotected policy of a new product whose licenses last two weeks,
/// with traits for every key scheme, check-in interval and expiration strategy, <c>pooled</c>, <c>node_locked</c>, …
/// </summary>
internal sealed class PolicySeed : SeedFactory<Policy>
{
    private const int TwoWeeks = 14 * 86_400;

    private static readonly string[] Schemes =
    [
        "LEGACY_ENCRYPT", "RSA_2048_PKCS1_ENCRYPT", "RSA_2048_PKCS1_SIGN", "RSA_2048_PKCS1_PSS_SIGN", "RSA_2048_JWT_RS256",
        "RSA_2048_PKCS1_SIGN_V2", "RSA_2048_PKCS1_PSS_SIGN_V2", "ED25519_SIGN", "ECDSA_P256_SIGN",
    ];

    private static readonly string[] Intervals = ["day", "week", "month", "year"];

    private static readonly string[] ExpirationStrategies = ["RESTRICT_ACCESS", "REVOKE_ACCESS", "MAINTAIN_ACCESS", "ALLOW_ACCESS"];

    public override string Type => "policies";

    protected override Entity? EnvironmentParent(Policy row) => row.Product;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = BuildTraits();

    protected override ColumnSetters<Policy> Columns { get; } = new("policies")
    {
        ["name"] = (_, p, v) => p.Name = v.String(),
        ["duration"] = (_, p, v) => p.Duration = v.Int(),
        ["strict"] = (_, p, v) => p.Strict = v.Bool() == true,
        ["floating"] = (_, p, v) => p.Floating = v.Bool() == true,
        ["protected"] = (_, p, v) => p.Protected = v.Bool() == true,
        ["scheme"] = (_, p, v) => p.Scheme = v.String(),
        ["encrypted"] = (_, p, v) => p.Encrypted = v.Bool() == true,
        ["usePool"] = (_, p, v) => p.UsePool = v.Bool() == true,
        ["maxMachines"] = (_, p, v) => p.MaxMachines = v.Int(),
        ["maxProcesses"] = (_, p, v) => p.MaxProcesses = v.Int(),
        ["maxUsers"] = (_, p, v) => p.MaxUsers = v.Int(),
        ["maxCores"] = (_, p, v) => p.MaxCores = v.Int(),
        ["maxMemory"] = (_, p, v) => p.MaxMemory = v.Long(),
        ["maxDisk"] = (_, p, v) => p.MaxDisk = v.Long(),
        ["maxUses"] = (_, p, v) => p.MaxUses = v.Int(),
        ["machineUniquenessStrategy", "fingerprintUniquenessStrategy"] = (_, p, v) => p.MachineUniquenessStrategy = v.RequiredString(),
        ["machineMatchingStrategy", "fingerprintMatchingStrategy"] = (_, p, v) => p.MachineMatchingStrategy = v.RequiredString(),
        ["componentUniquenessStrategy"] = (_, p, v) => p.ComponentUniquenessStrategy = v.RequiredString(),
        ["componentMatchingStrategy"] = (_, p, v) => p.ComponentMatchingStrategy = v.RequiredString(),
        ["expirationStrategy"] = (_, p, v) => p.ExpirationStrategy = v.RequiredString(),
        ["expirationBasis"] = (_, p, v) => p.ExpirationBasis = v.RequiredString(),
        ["renewalBasis"] = (_, p, v) => p.RenewalBasis = v.RequiredString(),
        ["transferStrategy"] = (_, p, v) => p.TransferStrategy = v.RequiredString(),
        ["authenticationStrategy"] = (_, p, v) => p.AuthenticationStrategy = v.RequiredString(),
        ["machineLeasingStrategy"] = (_, p, v) => p.MachineLeasingStrategy = v.RequiredString(),
        ["processLeasingStrategy", "leasingStrategy"] = (_, p, v) => p.ProcessLeasingStrategy = v.RequiredString(),
        ["overageStrategy"] = (_, p, v) => p.OverageStrategy = v.RequiredString(),
        ["requireProductScope"] = (_, p, v) => p.RequireProductScope = v.Bool() == true,
        ["requirePolicyScope"] = (_, p, v) => p.RequirePolicyScope = v.Bool() == true,
        ["requireMachineScope"] = (_, p, v) => p.RequireMachineScope = v.Bool() == true,
        ["requireFingerprintScope"] = (_, p, v) => p.RequireFingerprintScope = v.Bool() == true,
        ["requireComponentsScope"] = (_, p, v) => p.RequireComponentsScope = v.Bool() == true,
        ["requireUserScope"] = (_, p, v) => p.RequireUserScope = v.Bool() == true,
        ["requireEnvironmentScope"] = (_, p, v) => p.RequireEnvironmentScope = v.Bool() == true,
        ["requireChecksumScope"] = (_, p, v) => p.RequireChecksumScope = v.Bool() == true,
        ["requireVersionScope"] = (_, p, v) => p.RequireVersionScope = v.Bool() == true,
        ["requireCheckIn"] = (_, p, v) => p.RequireCheckIn = v.Bool() == true,
        ["checkInInterval"] = (_, p, v) => p.CheckInInterval = v.String(),
        ["checkInIntervalCount"] = (_, p, v) => p.CheckInIntervalCount = v.Int(),
        ["heartbeatDuration"] = (_, p, v) => p.HeartbeatDuration = v.Int(),
        ["heartbeatCullStrategy"] = (_, p, v) => p.HeartbeatCullStrategy = v.RequiredString(),
        ["heartbeatResurrectionStrategy"] = (_, p, v) => p.HeartbeatResurrectionStrategy = v.RequiredString(),
        ["heartbeatBasis"] = (_, p, v) => p.HeartbeatBasis = v.RequiredString(),
        ["requireHeartbeat"] = (_, p, v) => p.RequireHeartbeat = v.Bool() == true,
        ["metadata"] = (_, p, v) => p.Metadata = v.Object() ?? new(),
        ["product"] = (b, p, v) => p.Product = b.Context.Resolve<Product>(v) ?? p.Product,
    };

    public override Entity Create(SeedBuild build)
    {
        var product = build.Ref("product", () => build.Dependency<Product>("product"));
        var policy = new Policy(SeedNames.Id(build), build.Now, product)
        {
            Name = SeedNames.Named("Policy"),
            Duration = TwoWeeks,
            Floating = true,
        };

        // Keygen's before_create set_default_heartbeat_basis: a policy made requiring heartbeats starts them at creation.
        var basisGiven = build.Values.Has("heartbeatBasis");
        return Store(build, policy, created =>
        {
            if (!basisGiven)
            {
                created.HeartbeatBasis = created.RequireHeartbeat ? "FROM_CREATION" : "FROM_FIRST_PING";
            }
        });
    }

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.Policy(account, (Policy)row);
        return true;
    }

    private static Dictionary<string, Trait> BuildTraits()
    {
        var traits = new Dictionary<string, Trait>
        {
            ["pooled"] = Trait.Set("usePool", _ => true),
            ["floating"] = Trait.Set("maxMachines", _ => null).And("floating", _ => true),
            ["node_locked"] = Trait.Set("maxMachines", _ => 1).And("floating", _ => false),
            ["unprotected"] = Trait.Set("protected", _ => false),
            ["protected"] = Trait.Set("protected", _ => true),
            ["with_entitlements"] = Trait.Then((build, row) =>
            {
                foreach (var _ in Enumerable.Range(0, 10))
                {
                    var values = new SeedValues();
                    values.Set("policy", row);
                    build.Context.Create("policy-entitlement", [], values, EnvironmentChoice.Of(row.Environment));
                }
            }),
        };
        foreach (var scheme in Schemes)
        {
            traits[scheme.ToLowerInvariant()] = Trait.Set("scheme", _ => scheme).And("encrypted", _ => scheme == "LEGACY_ENCRYPT");
        }

        foreach (var interval in Intervals)
        {
            traits[interval + "_check_in"] = Trait.Set("requireCheckIn", _ => true)
                .And("checkInInterval", _ => interval)
                .And("checkInIntervalCount", _ => 1);
        }

        foreach (var strategy in ExpirationStrategies)
        {
            traits[strategy.ToLowerInvariant() + "_expiration_strategy"] = Trait.Set("expirationStrategy", _ => strategy);
        }

        return traits;
    }
}
