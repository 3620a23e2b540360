using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:product</c> factory: a name, three platforms, LICENSED distribution.</summary>
internal sealed class ProductSeed : SeedFactory<Product>
{
    public override string Type => "products";

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>
    {
        ["licensed"] = Trait.Set("distributionStrategy", _ => "LICENSED"),
        ["open"] = Trait.Set("distributionStrategy", _ => "OPEN"),
        ["closed"] = Trait.Set("distributionStrategy", _ => "CLOSED"),
    };

    protected override ColumnSetters<Product> Columns { get; } = new("products")
    {
        ["name"] = (_, p, v) => p.Name = v.RequiredString(),
        ["code"] = (_, p, v) => p.Code = v.String(),
        ["distributionStrategy"] = (_, p, v) => p.DistributionStrategy = v.String() ?? "LICENSED",
        ["url"] = (_, p, v) => p.Url = v.String(),
        ["platforms"] = (_, p, v) => p.Platforms = v.Strings(),
        ["permissions"] = (_, p, v) => p.Permissions = PermissionColumn.Read(v),
        ["metadata"] = (_, p, v) => p.Metadata = v.Object() ?? new(),
    };

    public override Entity Create(SeedBuild build)
    {
        var product = new Product(SeedNames.Id(build), build.Now, build.Take("name")?.String() ?? SeedNames.Named("Product"))
        {
            Platforms = [SeedNames.Hex(2).ToUpperInvariant(), SeedNames.Hex(2).ToUpperInvariant(), SeedNames.Hex(2).ToUpperInvariant()],
        };
        return Store(build, product);
    }

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.Product(account, (Product)row);
        return true;
    }
}
