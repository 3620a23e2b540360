using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:key</c> factory: a pooled key (<c>XXXX-XXXX-…</c>) of a new pooled policy.</summary>
internal sealed class PoolKeySeed : SeedFactory<PoolKey>
{
    public override string Type => "keys";

    protected override Entity? EnvironmentParent(PoolKey row) => row.Policy;

    protected override ColumnSetters<PoolKey> Columns { get; } = new("keys")
    {
        ["key"] = (_, k, v) => k.Key = v.RequiredString(),
        ["policy"] = (b, k, v) => k.Policy = b.Context.Resolve<Policy>(v) ?? k.Policy,
    };

    public override Entity Create(SeedBuild build)
    {
        var policy = build.Ref("policy", () => build.Dependency<Policy>("policy", "pooled"));
        var key = build.Take("key")?.String() ?? string.Join('-', SeedNames.Hex(12).ToUpperInvariant().Chunk(4).Select(c => new string(c)));
        return Store(build, new PoolKey(SeedNames.Id(build), build.Now, policy, key));
    }

    public override bool Remove(AccountState account, Entity row) => account.Table<PoolKey>().Remove((PoolKey)row);
}
