using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.Seeding.Factories;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// Every factory by the names Keygen's suite uses for it (<c>license</c>, <c>licenses</c>, <c>webhook-endpoint</c>,
/// <c>webhook_endpoints</c>, <c>admin</c> for a user with the admin role, …), and the traits each one knows.
/// </summary>
internal sealed class SeedFactories
{
    /// <summary>The environment traits every environment-scoped factory shares (Keygen's <c>isolated</c>, <c>shared</c>, <c>global</c>).</summary>
    private static readonly Dictionary<string, Trait> EnvironmentTraits = new(StringComparer.Ordinal)
    {
        ["in_isolated_environment"] = Trait.Set("environment", b => b.Context.EnvironmentNamed("isolated", "ISOLATED")),
        ["isolated"] = Trait.Alias("in_isolated_environment"),
        ["in_shared_environment"] = Trait.Set("environment", b => b.Context.EnvironmentNamed("shared", "SHARED")),
        ["shared"] = Trait.Alias("in_shared_environment"),
        ["in_nil_environment"] = Trait.Set("environment", _ => null),
        ["global"] = Trait.Alias("in_nil_environment"),
    };

    private readonly Dictionary<string, Entry> _byName = new(StringComparer.Ordinal);

    public SeedFactories()
    {
        Add(new ProductSeed(), "product");
        Add(new PolicySeed(), "policy");
        Add(new LicenseSeed(), "license");
        Add(new MachineSeed(), "machine");
        Add(new ComponentSeed(), "machine-component", "component");
        Add(new ProcessSeed(), "machine-process", "process");
        Add(new PoolKeySeed(), "key");
        var users = new UserSeed();
        Add(users, "user");
        foreach (var role in Model.UserRoles.Names.Where(r => r != "user"))
        {
            AddWithPresets(users, role, ("role", role));
        }

        Add(new TokenSeed(), "token");
        Add(new SessionSeed(), "session");
        Add(new EnvironmentSeed(), "environment");
        Add(new GroupSeed(), "group");
        Add(new GroupOwnerSeed(), "group-owner", "owner");
        Add(new LicenseUserSeed(), "license-user");
        Add(new EntitlementSeed(), "entitlement");
        Add(new EntitlementGrantSeed<Policy, PolicyEntitlement>("policy-entitlements", "policy", p => p.AttachedEntitlements, j => j.Entitlement, (id, now, p, e) => new(id, now, p, e), tabled: false), "policy-entitlement");
        Add(new EntitlementGrantSeed<License, LicenseEntitlement>("license-entitlements", "license", l => l.AttachedEntitlements, j => j.Entitlement, (id, now, l, e) => new(id, now, l, e), tabled: false), "license-entitlement");
        Add(new ReleaseSeed(), "release");
        Add(new EntitlementGrantSeed<Release, ReleaseConstraint>("constraints", "release", r => r.Constraints, c => c.Entitlement, (id, now, r, e) => new(id, now, r, e), tabled: true), "release-entitlement-constraint", "constraint");
        Add(new ArtifactSeed(), "release-artifact", "artifact");
        Add(new PackageSeed(), "release-package", "package");
        Add(new CatalogSeed(Catalog.Platforms, "platforms", ["darwin", "linux", "win32"], []), "release-platform", "platform");
        Add(new CatalogSeed(Catalog.Arches, "arches", ["amd64", "arm64", "x86"], []), "release-arch", "arch");
        Add(new CatalogSeed(Catalog.Channels, "channels", ["stable"], ["stable", "rc", "beta", "alpha", "dev"]), "release-channel", "channel");
        Add(new CatalogSeed(Catalog.Engines, "engines", ["pypi", "tauri", "raw"], ["pypi", "tauri", "raw", "rubygems", "npm", "oci"]), "release-engine", "engine");
        Add(new WebhookEndpointSeed(), "webhook-endpoint");
        Add(new WebhookEventSeed(), "webhook-event");
        Add(new SettingSeed(), "account-setting", "setting");
        Add(new BillingSeed(), "billing");
        Add(new SecondFactorSeed(), "second-factor");
        Add(new RequestLogSeed(), "request-log");
        Add(new EventLogSeed(), "event-log");
    }

    /// <summary>Every factory once.</summary>
    public IEnumerable<SeedFactory> All => _byName.Values.Select(entry => entry.Factory).Distinct();

    /// <summary>The names factories answer to, for messages.</summary>
    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    /// <summary>The factory a name denotes, singular or plural, dashed or underscored; unknown names are an error listing the known ones.</summary>
    public Entry Find(string name)
    {
        var key = name.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        foreach (var candidate in Singulars(key))
        {
            if (_byName.TryGetValue(candidate, out var entry))
            {
                return entry;
            }
        }

        throw new ArgumentException($"No factory named '{name}'. Known: {string.Join(", ", Names)}.");
    }

    /// <summary>The traits named, with the traits each stands for, in order; an unknown trait is an error.</summary>
    public IReadOnlyList<Trait> Expand(Entry entry, IEnumerable<string> names)
    {
        var expanded = new List<Trait>();
        foreach (var name in names)
        {
            Collect(entry, name.Trim().ToLowerInvariant().Replace('-', '_'), expanded);
        }

        return expanded;
    }

    private void Collect(Entry entry, string name, List<Trait> into)
    {
        var trait = entry.Factory.Traits.GetValueOrDefault(name)
            ?? (entry.Factory.EnvironmentScoped ? EnvironmentTraits.GetValueOrDefault(name) : null)
            ?? throw new ArgumentException($"The {entry.Factory.Type} factory has no trait '{name}'. Known: {string.Join(", ", TraitNames(entry))}.");
        foreach (var included in trait.Includes)
        {
            Collect(entry, included, into);
        }

        into.Add(trait);
    }

    private static IEnumerable<string> TraitNames(Entry entry) =>
        entry.Factory.Traits.Keys.Concat(entry.Factory.EnvironmentScoped ? EnvironmentTraits.Keys : []).Order(StringComparer.Ordinal);

    /// <summary>The name itself, then the singulars English plurals of Keygen's names reduce to.</summary>
    private static IEnumerable<string> Singulars(string name)
    {
        yield return name;
        if (name.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return name[..^3] + "y";
        }

        if (name.EndsWith("es", StringComparison.Ordinal))
        {
            yield return name[..^2];
        }

        if (name.EndsWith('s'))
        {
            yield return name[..^1];
        }
    }

    private void AddWithPresets(SeedFactory factory, string name, params (string Name, object? Value)[] presets) =>
        _byName.Add(name, new Entry(factory, presets));

    private void Add(SeedFactory factory, params string[] names)
    {
        foreach (var name in names)
        {
            _byName.Add(name, new Entry(factory, []));
        }
    }

    /// <summary>A factory and the values a name implies (an <c>admin</c> is a user whose role is admin).</summary>
    internal sealed record Entry(SeedFactory Factory, IReadOnlyList<(string Name, object? Value)> Presets)
    {
        /// <summary>Whether <paramref name="row"/> is one of the rows this name denotes (an <c>admin</c> among users).</summary>
        public bool Denotes(State.Entity row) => Presets.Count == 0 || (row is Model.User user && Presets.All(p =>
            p.Name != "role" || Model.UserRoles.NameOf(user.Role) == (string?)p.Value));
    }
}
