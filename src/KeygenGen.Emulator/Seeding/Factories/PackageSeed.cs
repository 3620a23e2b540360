using System.Collections.Generic;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:release_package</c> factory: a named package of a new product, keyed by its underscored name; engine traits.</summary>
internal sealed class PackageSeed : SeedFactory<Package>
{
    public override string Type => "packages";

    protected override Entity? EnvironmentParent(Package row) => row.Product;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>
    {
        ["pypi"] = Trait.Set("engine", _ => "pypi"),
        // Keygen's factory spells this engine's key "tairi"; kept as it is.
        ["tauri"] = Trait.Set("engine", _ => "tairi"),
        ["raw"] = Trait.Set("engine", _ => "raw"),
        ["rubygems"] = Trait.Set("engine", _ => "rubygems"),
        ["npm"] = Trait.Set("engine", _ => "npm"),
        ["oci"] = Trait.Set("engine", _ => "oci"),
        ["licensed"] = Trait.Set("product", b => b.Dependency<Product>("product", "licensed")),
        ["open"] = Trait.Set("product", b => b.Dependency<Product>("product", "open")),
        ["closed"] = Trait.Set("product", b => b.Dependency<Product>("product", "closed")),
    };

    protected override ColumnSetters<Package> Columns { get; } = new("packages")
    {
        ["name"] = (_, p, v) => p.Name = v.RequiredString(),
        ["key"] = (_, p, v) => p.Key = v.RequiredString(),
        ["engine"] = (b, p, v) => p.Engine = CatalogSeed.KeyOf(b, Catalog.Engines, v),
        ["metadata"] = (_, p, v) => p.Metadata = v.Object() ?? new(),
    };

    public override Entity Create(SeedBuild build)
    {
        var product = build.Ref("product", () => build.Dependency<Product>("product"));
        var name = build.Take("name")?.String() ?? SeedNames.Named("Package");
        var key = build.Take("key")?.String() ?? KeyCase.Underscore(name).Replace(' ', '_');
        return Store(build, new Package(SeedNames.Id(build), build.Now, product, name, key));
    }

    public override bool Remove(AccountState account, Entity row)
    {
        ReleaseDeletions.Package(account, (Package)row);
        return true;
    }
}
