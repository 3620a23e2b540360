using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>An entitlement attached to a policy (the <c>policy-entitlements</c> join resource); every license of the policy has it.</summary>
internal sealed class PolicyEntitlement : Entity, IProductScoped, IEntitlementGrant
{
    public PolicyEntitlement(Guid id, DateTimeOffset created, Policy policy, Entitlement entitlement)
        : base(id, created)
    {
        Policy = policy;
        Entitlement = entitlement;
    }

    public Policy Policy { get; }

    public Entitlement Entitlement { get; }

    public Product Product => Policy.Product;
}
