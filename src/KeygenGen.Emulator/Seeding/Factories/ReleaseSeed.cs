using System;
using System.Collections.Generic;
using System.Globalization;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:release</c> factory: a PUBLISHED release of a new product on the <c>stable</c> channel, with a random
/// version carrying a build tag; a pre-release version puts it on that channel. Traits: <c>draft</c>, <c>published</c>,
/// <c>yanked</c>, <c>backdated</c>, channels, packages by engine, the product's distribution, <c>with_constraints</c>.
/// </summary>
internal sealed class ReleaseSeed : SeedFactory<Release>
{
    private static readonly string[] Engines = ["pypi", "tauri", "raw", "rubygems", "npm", "oci"];

    public override string Type => "releases";

    protected override Entity? EnvironmentParent(Release row) => row.Product;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = BuildTraits();

    protected override ColumnSetters<Release> Columns { get; } = new("releases")
    {
        ["name"] = (_, r, v) => r.Name = v.String(),
        ["description"] = (_, r, v) => r.Description = v.String(),
        ["tag"] = (_, r, v) => r.Tag = v.String(),
        ["version"] = (_, r, v) => r.Version = Semver.Parse(v.RequiredString()) ?? throw v.Invalid("a semantic version"),
        ["channel"] = (b, r, v) => r.Channel = CatalogSeed.KeyOf(b, Catalog.Channels, v, "stable")!,
        ["status"] = (_, r, v) => r.Status = v.RequiredString(),
        ["yankedAt", "yanked"] = (_, r, v) => r.Yanked = v.Time(),
        ["backdatedTo", "backdated"] = (_, r, v) => r.Backdated = v.Time(),
        ["metadata"] = (_, r, v) => r.Metadata = v.Object() ?? new(),
        ["apiVersion"] = (_, r, v) => r.ApiVersion = v.String(),
        ["product"] = (b, r, v) => r.Product = b.Context.Resolve<Product>(v) ?? r.Product,
        ["package", "releasePackage"] = (b, r, v) => r.Package = b.Context.Resolve<Package>(v),
        ["entitlements"] = (b, r, v) => Constrain(b, r, v.Strings() ?? []),
    };

    public override Entity Create(SeedBuild build)
    {
        var product = build.Ref("product", () => build.Dependency<Product>("product"));
        var version = build.Take("version")?.String() is { } given
            ? Semver.Parse(given) ?? throw new ArgumentException($"Attribute 'version': '{given}' is not a semantic version.")
            : null;
        var channel = build.Take("channel")?.String() ?? "stable";
        version ??= RandomVersion(channel);
        if (version.Prerelease is { } prerelease)
        {
            // Keygen's factory moves a pre-release onto the channel its tag names (1.0.0-beta.1 is on "beta").
            channel = prerelease.Split('.', '-')[0];
        }

        var release = new Release(SeedNames.Id(build), build.Now, product, version, Catalog.Ensure(build.Account, build.Now, Catalog.Channels, channel)!)
        {
            Name = SeedNames.Named("Release"),
            Status = ReleaseStatuses.Published,
        };

        // Keygen's before_create: the account's API version unless one was given.
        return Store(build, release, created => created.ApiVersion ??= build.Account.Account.ApiVersion);
    }

    public override bool Remove(AccountState account, Entity row)
    {
        ReleaseDeletions.Release(account, (Release)row);
        return true;
    }

    private static Semver RandomVersion(string channel)
    {
        var random = Random.Shared;
        var build = "build." + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + random.Next(1000).ToString(CultureInfo.InvariantCulture);
        return new Semver(random.Next(10), random.Next(10), random.Next(10), channel == "stable" ? null : channel, build);
    }

    private static void Constrain(SeedBuild build, Release release, IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            var values = new SeedValues();
            values.Set("release", release);
            values.Set("entitlement", build.Context.Create("entitlement", [], MachineSeed.With("code", code), EnvironmentChoice.Of(release.Environment)));
            build.Context.Create("constraint", [], values, EnvironmentChoice.Of(release.Environment));
        }
    }

    private static Dictionary<string, Trait> BuildTraits()
    {
        var traits = new Dictionary<string, Trait>
        {
            ["draft"] = Trait.Set("status", _ => ReleaseStatuses.Draft),
            ["published"] = Trait.Set("status", _ => ReleaseStatuses.Published),
            ["yanked"] = Trait.Set("yankedAt", b => b.Now).And("status", _ => ReleaseStatuses.Yanked),
            ["backdated"] = Trait.Set("backdatedTo", b => b.Now.AddMonths(-2)),
            ["packaged"] = Trait.Set("package", b => Package(b)),
            // Keygen's factory puts a "stable" release on the beta channel; kept as it is.
            ["stable"] = Trait.Set("channel", _ => "beta"),
            ["rc"] = Trait.Set("channel", _ => "rc"),
            ["beta"] = Trait.Set("channel", _ => "beta"),
            ["alpha"] = Trait.Set("channel", _ => "alpha"),
            ["dev"] = Trait.Set("channel", _ => "dev"),
            ["licensed"] = Trait.Set("product", b => b.Dependency<Product>("product", "licensed")),
            ["open"] = Trait.Set("product", b => b.Dependency<Product>("product", "open")),
            ["closed"] = Trait.Set("product", b => b.Dependency<Product>("product", "closed")),
            ["created_last_year"] = Trait.Set("createdAt", b => b.Now.AddYears(-1)),
            ["with_constraints"] = Trait.Then((b, row) => Constrain(b, (Release)row, ["ALPHA", "BRAVO", "ZULU"])),
            ["constrained"] = Trait.Alias("with_constraints"),
        };
        foreach (var engine in Engines)
        {
            traits[engine] = Trait.Set("package", b => Package(b, engine));
        }

        return traits;
    }

    /// <summary>A package of the release's product (built first when the release has none yet).</summary>
    private static Package Package(SeedBuild build, params string[] traits)
    {
        var product = build.Ref("product", () => build.Dependency<Product>("product"));
        build.Values.Set("product", product);
        return (Package)build.Context.Create("package", traits, MachineSeed.With("product", product), EnvironmentChoice.Of(build.Environment));
    }
}
