using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Keys;
using Keygen.Emulator.Resources.Licenses;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:license</c> factory: a license of a new policy, and the model's create callbacks (the key: given,
/// signed per the policy's scheme, popped from the pool, or random; the expiry from the policy's duration; the first
/// check-in). Traits: every policy scheme and check-in interval, <c>expired</c>, <c>suspended</c>, <c>banned</c>,
/// <c>protected</c>, owners and users, entitlements, a group.
/// </summary>
internal sealed class LicenseSeed : SeedFactory<License>
{
    /// <summary>The policy traits a license trait of the same name stands for.</summary>
    private static readonly string[] PolicyTraits =
    [
        "legacy_encrypt", "rsa_2048_pkcs1_encrypt", "rsa_2048_pkcs1_sign", "rsa_2048_pkcs1_pss_sign", "rsa_2048_jwt_rs256",
        "rsa_2048_pkcs1_sign_v2", "rsa_2048_pkcs1_pss_sign_v2", "ed25519_sign", "ecdsa_p256_sign",
        "day_check_in", "week_check_in", "month_check_in", "year_check_in",
        "restrict_access_expiration_strategy", "revoke_access_expiration_strategy",
        "maintain_access_expiration_strategy", "allow_access_expiration_strategy",
    ];

    public override string Type => "licenses";

    protected override Entity? EnvironmentParent(License row) => row.Policy;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = BuildTraits();

    protected override ColumnSetters<License> Columns { get; } = new("licenses")
    {
        ["name"] = (_, l, v) => l.Name = v.String(),
        ["permissions"] = (_, l, v) => l.Permissions = PermissionColumn.Read(v),
        // Keygen denormalizes a license's product from its policy on save, so a product given beside the policy is dropped.
        ["product"] = (_, _, _) => { },
        ["key"] = (_, l, v) => l.Key = v.RequiredString(),
        ["expiry"] = (_, l, v) => l.Expiry = v.Time(),
        ["suspended"] = (_, l, v) => l.Suspended = v.Bool() == true,
        ["protected"] = (_, l, v) => l.ProtectedOverride = v.Bool(),
        ["uses"] = (_, l, v) => l.Uses = v.Int() ?? 0,
        ["maxMachines", "maxMachinesOverride"] = (_, l, v) => l.MaxMachinesOverride = v.Int(),
        ["maxProcesses", "maxProcessesOverride"] = (_, l, v) => l.MaxProcessesOverride = v.Int(),
        ["maxUsers", "maxUsersOverride"] = (_, l, v) => l.MaxUsersOverride = v.Int(),
        ["maxCores", "maxCoresOverride"] = (_, l, v) => l.MaxCoresOverride = v.Int(),
        ["maxMemory", "maxMemoryOverride"] = (_, l, v) => l.MaxMemoryOverride = v.Long(),
        ["maxDisk", "maxDiskOverride"] = (_, l, v) => l.MaxDiskOverride = v.Long(),
        ["maxUses", "maxUsesOverride"] = (_, l, v) => l.MaxUsesOverride = v.Int(),
        ["lastValidatedAt", "lastValidated"] = (_, l, v) => l.LastValidated = v.Time(),
        ["lastValidatedVersion"] = (_, l, v) => l.LastValidatedVersion = v.String(),
        ["lastCheckInAt", "lastCheckIn"] = (_, l, v) => l.LastCheckIn = v.Time(),
        ["lastCheckOutAt", "lastCheckOut"] = (_, l, v) => l.LastCheckOut = v.Time(),
        ["metadata"] = (_, l, v) => l.Metadata = v.Object() ?? new(),
        ["policy"] = (b, l, v) => l.Policy = b.Context.Resolve<Policy>(v) ?? l.Policy,
        ["owner", "user"] = (b, l, v) => l.Owner = b.Context.Resolve<User>(v),
        ["group"] = (b, l, v) => l.Group = b.Context.Resolve<Group>(v),

        // Keygen denormalizes a license's product from its policy, overwriting any product a factory passes.
        ["product"] = (_, _, _) => { },
    };

    public override Entity Create(SeedBuild build)
    {
        var policy = build.Ref("policy", () => build.Dependency<Policy>("policy"));
        var customKey = build.Take("key")?.String();
        var license = new License(SeedNames.Id(build), build.Now, policy, customKey ?? string.Empty)
        {
            Owner = build.Ref<User>("owner") ?? build.Ref<User>("user"),
        };
        return Store(build, license, created =>
        {
            if (created.Expiry is null && created.Policy.ExpirationBasis == "FROM_CREATION" && created.Policy.Duration is { } duration)
            {
                created.Expiry = Durations.Add(build.Now, duration);
            }

            if (created.Policy.RequireCheckIn)
            {
                created.LastCheckIn ??= build.Now;
            }

            created.Key = Key(build, created, customKey);
        });
    }

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.License(account, (License)row);
        return true;
    }

    private static string Key(SeedBuild build, License license, string? customKey)
    {
        var account = build.Account;
        if (license.Policy.Scheme is { } scheme)
        {
            return scheme == LicenseKeys.UnsupportedScheme
                ? throw new NotSupportedException("The emulator cannot make LEGACY_ENCRYPT license keys.")
                : LicenseKeys.Crypt(license, customKey, account.Keys, account.Account.Id);
        }

        if (customKey is not null)
        {
            return customKey;
        }

        if (license.Policy.UsePool)
        {
            return KeyModule.Pop(account, license.Policy)?.Key ?? throw new InvalidOperationException("The policy's key pool is empty.");
        }

        var taken = account.Table<License>().Everywhere.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        string key;
        do
        {
            key = LicenseKeys.Random();
        }
        while (taken.Contains(key));

        return key;
    }

    private static Dictionary<string, Trait> BuildTraits()
    {
        var traits = new Dictionary<string, Trait>
        {
            ["expired"] = Trait.Set("expiry", b => b.Now.AddMonths(-1)),
            ["suspended"] = Trait.Set("suspended", _ => true),
            ["banned"] = Trait.Set("owner", b => b.Dependency<User>("user", "banned")),
            ["protected"] = Trait.Set("protected", _ => true),
            ["unprotected"] = Trait.Set("protected", _ => false),
            ["with_entitlements"] = Trait.Then((build, row) => Entitle(build, (License)row)),
            ["entitled"] = Trait.Alias("with_entitlements"),
            ["with_owner"] = Trait.Set("owner", b => b.Dependency<User>("user")),
            ["owned"] = Trait.Alias("with_owner"),
            ["without_owner"] = Trait.Set("owner", _ => null),
            ["unowned"] = Trait.Alias("without_owner"),
            ["with_licensees"] = Trait.Then((build, row) =>
            {
                for (var i = 0; i < 3; i++)
                {
                    var values = new SeedValues();
                    values.Set("license", row);
                    build.Context.Create("license-user", [], values, EnvironmentChoice.Of(row.Environment));
                }
            }),
            ["with_users"] = Trait.Alias("with_licensees", "with_owner"),
            ["assigned"] = Trait.Alias("with_users"),
            ["without_users"] = new Trait(),
            ["unassigned"] = Trait.Alias("without_users"),
            ["userless"] = Trait.Alias("unowned", "unassigned"),
            ["with_group"] = Trait.Set("group", b => b.Dependency<Group>("group")),
        };
        foreach (var name in PolicyTraits)
        {
            traits[name] = Trait.Set("policy", b => b.Dependency<Policy>("policy", name));
        }

        return traits;
    }

    /// <summary>The ALPHA, BRAVO and ZULU entitlements attached to the license (matching a release's <c>with_constraints</c>).</summary>
    private static void Entitle(SeedBuild build, License license)
    {
        foreach (var code in new[] { "ALPHA", "BRAVO", "ZULU" })
        {
            var entitlement = new SeedValues();
            entitlement.Set("code", code);
            var values = new SeedValues();
            values.Set("license", license);
            values.Set("entitlement", build.Context.Create("entitlement", [], entitlement, EnvironmentChoice.Of(license.Environment)));
            build.Context.Create("license-entitlement", [], values, EnvironmentChoice.Of(license.Environment));
        }
    }
}
