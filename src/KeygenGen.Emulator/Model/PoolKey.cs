using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A pre-made license key in a policy's pool (the <c>keys</c> resource).</summary>
internal sealed class PoolKey : Entity, IProductScoped
{
    public PoolKey(Guid id, DateTimeOffset created, Policy policy, string key)
        : base(id, created)
    {
        Policy = policy;
        Key = key;
    }

    public Policy Policy { get; set; }

    public Product Product => Policy.Product;

    public string Key { get; set; }
}
